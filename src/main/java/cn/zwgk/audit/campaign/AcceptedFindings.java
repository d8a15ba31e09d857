package cn.zwgk.audit.campaign;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.config.ConfigProblem;
import cn.zwgk.audit.config.YamlFiles;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.render.AcceptedFinding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Findings the office has looked at and accepts for one agency ({@code accepted.yaml} in the campaign folder), as
 * conftest's exceptions: an agency, a finding code, optionally a piece of the finding's quoted evidence, and the
 * office's explanation. An accepted finding is left out of the agency's letter and verdict and listed for the office.
 */
public record AcceptedFindings(List<Entry> entries) {

    public static final String FILE = "accepted.yaml";
    public static final AcceptedFindings NONE = new AcceptedFindings(List.of());

    /** One acceptance; {@code evidence} null or blank accepts every finding of the code for the agency. */
    public record Entry(String agency, String code, String evidence, String explanation) {}

    /** The file's shape: a list of entries. */
    public static final class EntryList extends ArrayList<Entry> {}

    public AcceptedFindings {
        entries = List.copyOf(entries);
    }

    public static AcceptedFindings load(Path campaign) throws ConfigException {
        Path file = campaign.resolve(FILE);
        if (!Files.exists(file)) return NONE;
        List<Entry> list = YamlFiles.read(file, EntryList.class);
        List<ConfigProblem> problems = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Entry e = list.get(i);
            if (e == null || blank(e.agency()) || blank(e.code()) || blank(e.explanation())) {
                problems.add(new ConfigProblem(file.toString(), 0, "第 " + (i + 1) + " 条须写明 agency（单位）、code（问题代码）和 "
                        + "explanation（说明）"));
            }
        }
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return new AcceptedFindings(list);
    }

    /** The findings of {@code agency} split into those its letter shows and those the office accepted. */
    public Split split(String agency, List<Finding> findings) {
        List<Finding> kept = new ArrayList<>();
        List<AcceptedFinding> accepted = new ArrayList<>();
        for (Finding f : findings) {
            Entry e = agency == null ? null : find(agency, f);
            if (e == null) kept.add(f);
            else accepted.add(new AcceptedFinding(f, e.explanation().strip()));
        }
        return new Split(kept, accepted);
    }

    /** Findings kept for the letter, and those accepted. */
    public record Split(List<Finding> kept, List<AcceptedFinding> accepted) {}

    private Entry find(String agency, Finding f) {
        for (Entry e : entries) {
            if (!e.agency().strip().equals(agency.strip()) || !e.code().strip().equals(f.rule())) continue;
            if (blank(e.evidence()) || (f.evidence() != null && f.evidence().contains(e.evidence().strip()))) return e;
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
