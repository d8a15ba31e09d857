package cn.zwgk.audit.parse;

import java.util.List;

/** rules/sections.yaml: section headings, the end of the report body, title and period sentences. */
record SectionRules(List<SectionDef> sections, int headingMaxLength, EndOfReport endOfReport, TitleRules title,
                    AgencyRules agency, PeriodRules period, String openingYear) {

    /** One section: its number, the format's heading, and word sets any of which identifies it. */
    record SectionDef(int number, String canonical, List<List<String>> match) {}

    record EndOfReport(int maxLength, List<String> patterns) {}

    record TitleRules(String pattern, List<String> patterns, int maxLength, String agencyLine) {}

    /** Where the agency is named besides the title, and what a name looks like. */
    record AgencyRules(String suffix, List<String> never, String bareLevel, String place, List<String> sentences,
                       List<String> contacts, String subject, List<String> fields, List<String> labels) {}

    record PeriodRules(List<String> context, List<String> patterns) {}
}
