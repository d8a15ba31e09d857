package cn.zwgk.audit.config;

import java.util.regex.PatternSyntaxException;

/** Java's regular-expression errors in Chinese, for the patterns the office writes in YAML. */
public final class RegexErrors {

    private RegexErrors() {}

    /** What is wrong with the pattern, where, and how to write it instead. */
    public static String describe(PatternSyntaxException e) {
        String d = e.getDescription() == null ? "" : e.getDescription();
        String what;
        if (d.startsWith("Unclosed group")) what = "括号不成对：有“(”没有对应的“)”";
        else if (d.startsWith("Unmatched closing ')'")) what = "括号不成对：多了一个“)”";
        else if (d.startsWith("Unclosed character class")) what = "方括号不成对：有“[”没有对应的“]”";
        else if (d.startsWith("Dangling meta character")) what = "“" + d.replaceAll(".*'(.)'.*", "$1")
                + "”前面没有可重复的内容（要匹配这个符号本身，写成 \\" + d.replaceAll(".*'(.)'.*", "$1") + "）";
        else if (d.startsWith("Illegal repetition")) what = "花括号用法不对：{n,m} 只能跟在要重复的内容之后（要匹配“{”本身，写成 \\{）";
        else if (d.startsWith("named capturing group is missing trailing")) what = "命名分组缺少“>”，应写作 (?<名称>…)";
        else if (d.startsWith("Unknown inline modifier") || d.startsWith("Unknown look-behind group")
                || d.startsWith("Unknown group type")) what = "“(?”之后的写法不对";
        else if (d.startsWith("Illegal/unsupported escape sequence")) what = "不支持的反斜杠转义";
        else if (d.startsWith("Unexpected internal error") || d.startsWith("Unclosed counted closure")) what = "花括号不成对";
        else if (d.startsWith("Look-behind group does not have an obvious maximum length")) what = "(?<!…) 或 (?<=…) 中不能用 * 或 +";
        else if (d.startsWith("Named capturing group <") && d.contains("is already defined")) what = "命名分组重名："
                + d.replaceAll(".*<(.*)>.*", "$1");
        else what = "写法有误（" + d + "）";
        return "正则表达式无效：" + what + "，在第 " + (e.getIndex() + 1) + " 个字符附近";
    }
}
