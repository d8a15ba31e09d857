package cn.zwgk.audit.render;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

class ReportPdfTest {
    @Test
    void writesPdf() throws Exception {
        Templates t = Templates.load(Path.of("templates"));
        long s = System.nanoTime();
        byte[] pdf = new ReportPdf(t.report()).render(Samples.audit(), LocalDate.of(2024, 3, 1));
        System.out.println("first " + (System.nanoTime() - s) / 1e6);
        for (int i = 0; i < 10; i++) {
            s = System.nanoTime();
            pdf = new ReportPdf(t.report()).render(Samples.audit(), LocalDate.of(2024, 3, 1));
            System.out.println("warm " + (System.nanoTime() - s) / 1e6 + " " + pdf.length);
        }
        Files.write(Path.of("target/sample.pdf"), pdf);
    }
}
