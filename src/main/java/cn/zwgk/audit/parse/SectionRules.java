package cn.zwgk.audit.parse;

import java.util.List;

/** rules/sections.yaml: section headings, the end of the report body, title and period sentences. */
record SectionRules(List<SectionDef> sections, int headingMaxLength, EndOfReport endOfReport, TitleRules title,
                    PeriodRules period, String openingYear) {

    /** One section: its number, the format's heading, and word sets any of which identifies it. */
    record SectionDef(int number, String canonical, List<List<String>> match) {}

    record EndOfReport(int maxLength, List<String> patterns) {}

    record TitleRules(String pattern, int maxLength, String agencyLine, String preamble) {}

    record PeriodRules(List<String> context, List<String> patterns) {}
}
