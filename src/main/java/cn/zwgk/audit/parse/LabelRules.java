package cn.zwgk.audit.parse;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** rules/labels.yaml: the row, column, group and header labels of tables 二, 三 and 四. */
record LabelRules(double similarity,
                  @JsonProperty("T2") T2Labels t2,
                  @JsonProperty("T3") T3Labels t3,
                  @JsonProperty("T4") T4Labels t4) {

    /**
     * A canonical label; {@code columns} lists the columns of a table-二 row, {@code group} the group a row stands
     * under.
     */
    record Label(String key, String label, List<String> aliases, List<String> columns, String group) {
        List<String> aliasList() {
            return aliases == null ? List.of() : aliases;
        }
    }

    /** A heading over rows, itself possibly under another group. */
    record Group(String key, String label, String group) {}

    /** A 2019 trial-format label: {@code kind} row, column or block; {@code key} the 2021 row it stands for, if any. */
    record OldLabel(String kind, String label, String key) {}

    record T2Labels(String name, int section, List<String> blocks, List<String> headers, List<Label> columns,
                    List<Label> rows, List<OldLabel> oldFormat) {}

    record T3Labels(String name, int section, List<String> columns, List<String> headers, List<Group> groups,
                    List<Label> rows) {}

    record T4Labels(String name, int section, String columnLabel, List<Label> rows, List<String> columns,
                    List<String> headers) {}
}
