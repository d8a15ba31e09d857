package cn.zwgk.audit.render.notice;

import cn.zwgk.audit.render.BatchOutput;
import cn.zwgk.audit.render.BatchSummary;
import cn.zwgk.audit.render.Ink;
import cn.zwgk.audit.render.docx.Docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** {@code 通报.docx}: the 通报 draft as an editable Word document in 公文 style. */
public final class NoticeDocx implements BatchOutput {

    private final Notice.Source source;

    public NoticeDocx(Notice.Source source) {
        this.source = source;
    }

    @Override
    public String fileName() {
        return "通报.docx";
    }

    @Override
    public void write(BatchSummary s, OutputStream out) throws IOException {
        Notice n = source.of(s);
        Docx d = new Docx(s.campaign().office());
        d.title(n.office(), 22, Ink.RED.hex());
        d.rule();
        if (!n.docNumber().isBlank()) d.aligned(n.docNumber(), 16, Docx.Align.CENTER);
        d.title(n.title(), 22, null);
        d.text(n.addressees(), 16, false);
        for (Notice.Block b : n.body()) {
            if (b.heading()) d.heading(b.text(), 16);
            else d.text(b.text(), 16, true);
        }
        d.text("", 16, false);
        d.text(n.attachment(), 16, true);
        d.text("", 16, false);
        for (String line : n.signature()) d.aligned(line, 16, Docx.Align.RIGHT);
        d.pageBreak();
        d.heading(n.attachment().contains("：") ? n.attachment().substring(0, n.attachment().indexOf('：')) : "", 16);
        d.title(n.attachmentTitle(), 18, null);
        if (n.rows().isEmpty()) {
            d.write(out);
            return;
        }
        // the appendix lists every finding, hundreds of thousands at 20,000 reports: its rows are written straight
        // into the file (DocxRows), not held as one document in memory
        // 序号 holds "序号" and the last number on one line at 10.5 pt (0.9 of 10.8: four digits, 0.2 more for each
        // further digit, taken from 问题), 级别 "错误"; 问题 has the most text
        double number = 0.9 + 0.2 * Math.max(0, String.valueOf(n.rows().size()).length() - 4);
        d.table(n.columns(), List.of(DocxRows.placeholder(n.columns().size())), 10.5, number, 2.4, 5.4 - number, 0.9, 2.1);
        ByteArrayOutputStream laidOut = new ByteArrayOutputStream();
        d.write(laidOut);
        DocxRows.write(laidOut.toByteArray(), n.rows(), out);
    }
}
