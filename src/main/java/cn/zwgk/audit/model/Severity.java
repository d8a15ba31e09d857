package cn.zwgk.audit.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Finding severities of spec/findings.md. */
public enum Severity {
    ERROR("error", "错误"),
    WARNING("warning", "警告"),
    INFO("info", "提示");

    private final String code;
    private final String chinese;

    Severity(String code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    /** The spelling in JSON and in DRL files: {@code error}, {@code warning}, {@code info}. */
    @JsonValue
    public String code() {
        return code;
    }

    public String chinese() {
        return chinese;
    }

    public static Severity of(String code) {
        for (Severity s : values()) {
            if (s.code.equalsIgnoreCase(code) || s.name().equalsIgnoreCase(code)) return s;
        }
        throw new IllegalArgumentException("unknown severity '" + code + "' (use error, warning or info)");
    }
}
