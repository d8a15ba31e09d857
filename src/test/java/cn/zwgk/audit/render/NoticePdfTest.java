package cn.zwgk.audit.render;

import cn.zwgk.audit.render.notice.Notice;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class NoticePdfTest {

    /**
     * A heading of the 通报's body never ends a page: with 20 to 45 one-line paragraphs before it, the heading falls on
     * every height of the first page's foot once; on each, its first paragraph's text is on the heading's page.
     */
    @Test
    void aHeadingNeverEndsAPage() throws Exception {
        int atFoot = 0;
        for (int k = 20; k <= 45; k++) {
            List<Notice.Block> body = new ArrayList<>();
            body.add(new Notice.Block(true, "一、总体情况"));
            for (int i = 1; i <= k; i++) body.add(new Notice.Block(false, "第" + i + "段。"));
            body.add(new Notice.Block(true, "二、主要问题"));
            body.add(new Notice.Block(false, "问题段落的开头。"));
            Notice n = new Notice("某某市人民政府办公室", "关于年度报告的通报", "", "各单位：", body,
                    List.of("某某市人民政府办公室"), "附件：问题清单", "问题清单", List.of("序号"),
                    new Notice.Rows(0, List.of()), "页脚", "第 ${page} 页");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            NoticePdf.write(n, "test", out);
            PdfChecks pdf = PdfChecks.of(out.toByteArray());
            for (int p = 1; p <= pdf.pages(); p++) {
                // the heading's bookmark splits its first character off in the extracted text
                List<String> lines = pdf.pageLines(p).stream().map(l -> l.replace(" ", "")).toList();
                int at = lines.indexOf("二、主要问题");
                if (at < 0) continue;
                if (at == 0) atFoot++; // moved to the top of a page: without the rule it would have ended the last
                assertTrue(lines.subList(at, lines.size()).contains("问题段落的开头。"),
                        "k=" + k + ": the heading ends page " + p + ": " + lines);
            }
        }
        assertTrue(atFoot > 0, "no heading came near a page foot: the test did not reach its case");
    }
}
