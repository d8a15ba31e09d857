package cn.zwgk.audit.parse;

import cn.zwgk.audit.model.PartCount;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of parts the opening says the report has: a sentence about the report (本报告、全文、年报) that says it
 * consists of ("由…组成", "包括", "分为") N parts (部分, 方面), with the sentence, which names them. Read in the
 * preamble and in 一 only, where reports say it.
 */
final class PartCountReader {

    /** "由…等六个部分组成", "包括…共6部分", "包括…等六个方面"; not "八大部分" nor "大部分" (most of). */
    private static final Pattern COUNT = Pattern.compile(
            "(?:由|包括|分为|包含)[^。]*?(?:等|共|计)?([一二三四五六七八九十]{1,2}|\\d{1,2})个?(?:部分|方面)");
    private static final Pattern ABOUT_THE_REPORT = Pattern.compile("报告|全文|年报");

    List<PartCount> read(List<ClaimReader.Text> texts) {
        List<PartCount> out = new ArrayList<>();
        for (ClaimReader.Text text : texts) {
            if (text.section() > 1) continue;
            for (Segment s : text.segments()) {
                if (s.text().indexOf("部分") < 0 && s.text().indexOf("方面") < 0) continue;
                for (Sentences.Span sentence : Sentences.of(s)) {
                    if (!ABOUT_THE_REPORT.matcher(sentence.text()).find()) continue;
                    Matcher m = COUNT.matcher(sentence.text());
                    if (!m.find()) continue;
                    String n = m.group(1);
                    long count = Character.isDigit(n.charAt(0)) ? Long.parseLong(n) : ChineseNumbers.value(n);
                    if (count > 0) out.add(new PartCount((int) count, sentence.raw(), text.section(), s.line()));
                }
            }
        }
        return out;
    }
}
