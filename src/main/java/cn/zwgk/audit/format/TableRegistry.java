package cn.zwgk.audit.format;

import java.util.List;
import java.util.Optional;

/** The tables of the format, as rules/labels.yaml describes them. Immutable. */
public record TableRegistry(List<TableLayout> tables) {

    public TableRegistry {
        tables = List.copyOf(tables);
    }

    public Optional<TableLayout> table(String id) {
        if (id == null) return Optional.empty();
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The layout of {@code id}, which the caller knows to exist. */
    public TableLayout get(String id) {
        return table(id).orElseThrow(() -> new IllegalArgumentException("labels.yaml 没有表 " + id));
    }

    /** The section a table stands in, or null for no or an unknown table. */
    public Integer sectionOf(String id) {
        return table(id).map(TableLayout::section).orElse(null);
    }

    /** How findings name a table (表三), or "" for no or an unknown table. */
    public String nameOf(String id) {
        return table(id).map(TableLayout::name).orElse("");
    }
}
