package cn.zwgk.audit.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Fuzzy look-ups give the same answer the first time, when remembered, after being forgotten, and after an add. */
class LabelIndexTest {

    @Test
    void rememberedLookUpsAnswerAsTheFirst() {
        LabelIndex ix = new LabelIndex(0.8);
        ix.add(LabelIndex.Kind.ROW, "r1", "本年新收政府信息公开申请数量", List.of());
        ix.add(LabelIndex.Kind.ROW, "r2", "上年结转政府信息公开申请数量", List.of());
        LabelIndex.Hit first = ix.match("本年新收政府信息公开申请数");
        assertEquals("r1", first.entry().key());
        assertFalse(first.exact());
        assertEquals(first, ix.match("本年新收政府信息公开申请数"));
        assertNull(ix.match("主动公开政府信息情况"));
        assertNull(ix.match("主动公开政府信息情况"));

        // a label added later is found though the key's earlier answer was remembered
        ix.add(LabelIndex.Kind.ROW, "r3", "本年新收政府信息公开申请数", List.of());
        assertEquals("r3", ix.match("本年新收政府信息公开申请数").entry().key());

        // more keys than are remembered: the answers stay the same
        for (int i = 0; i < 5000; i++) ix.match("无关的文字" + i);
        assertEquals("r2", ix.match("上年结转政府信息公开申请").entry().key());
        assertNull(ix.match("主动公开政府信息情况"));
        assertEquals("r1", ix.match("本年新收政府信息公开申请数量").entry().key());
    }
}
