package cn.zwgk.audit.campaign;

import cn.zwgk.audit.batch.OutputNames;
import cn.zwgk.audit.batch.RunHooks;
import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.model.Severity;
import cn.zwgk.audit.render.BatchSummary;
import cn.zwgk.audit.render.CampaignInfo;
import cn.zwgk.audit.render.FindingsSpill;
import cn.zwgk.audit.render.LetterContext;
import cn.zwgk.audit.render.ReportTemplate;
import cn.zwgk.audit.render.Resubmission;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One run of {@code check} into a campaign folder: names reports by the roster, leaves accepted findings out of the
 * letters, compares a resubmission with the agency's previous audit (which moves to history/), and after the batch
 * rebuilds the overview from every report the folder holds and records the run.
 */
public final class Campaign implements RunHooks {

    private final Path dir;
    private final Office office;
    private final Roster roster;
    private final AcceptedFindings accepted;
    private final LocalDate date;
    private final Severity minSeverity;
    private final ReportTemplate template;
    private final int run;
    private final Map<String, CampaignFolder.State> before;
    /** Previous states already taken by a report of this run (a state is compared and archived once). */
    private final Set<String> claimed = ConcurrentHashMap.newKeySet();
    private volatile Set<String> runNames = Set.of();

    private Campaign(Path dir, Office office, Roster roster, AcceptedFindings accepted, LocalDate date,
                     Severity minSeverity, ReportTemplate template, int run, Map<String, CampaignFolder.State> before) {
        this.dir = dir;
        this.office = office;
        this.roster = roster;
        this.accepted = accepted;
        this.date = date;
        this.minSeverity = minSeverity;
        this.template = template;
        this.run = run;
        this.before = before;
    }

    /**
     * Opens (or starts) the campaign in {@code dir}: its office.yaml (copied from the templates when missing), roster,
     * accepted findings and the reports already audited.
     *
     * @param givenDate the command line's audit date, or null
     */
    public static Campaign open(Path dir, Path templates, ReportTemplate template, LocalDate givenDate,
                                Severity minSeverity) throws ConfigException, IOException {
        Office office = Office.load(dir, templates);
        Roster roster = Roster.load(dir);
        AcceptedFindings accepted = AcceptedFindings.load(dir);
        return new Campaign(dir, office, roster, accepted, office.date(givenDate), minSeverity, template,
                Runs.count(dir) + 1, CampaignFolder.read(dir));
    }

    public LocalDate date() {
        return date;
    }

    public int run() {
        return run;
    }

    public Office office() {
        return office;
    }

    /** Warnings for the clerk before the run (office.yaml still holding the template's examples). */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        List<String> placeholders = office.placeholders();
        if (!placeholders.isEmpty()) {
            out.add("提醒：" + dir.resolve(Office.FILE) + " 中 " + String.join("、", placeholders)
                    + " 仍是示例或为空，审查意见书和通报会照此印出；请改成本机关的实际内容。");
        }
        return out;
    }

    @Override
    public Map<Path, String> names(List<Path> files) {
        Map<Path, String> names = OutputNames.assign(files, f -> roster.match(f).map(Roster.Agency::name));
        runNames = Set.copyOf(names.values());
        return names;
    }

    @Override
    public Prepared prepare(Path file, String name, Audit audit) throws IOException {
        String agency = roster.match(file).map(Roster.Agency::name).orElse(audit.report().agency());
        AcceptedFindings.Split split = accepted.split(agency, audit.findings());
        Audit shown = audit.withFindings(split.kept());
        Resubmission review = null;
        String sha256 = sha256(file);
        CampaignFolder.State previous = previous(name, agency, audit.report().year());
        if (previous != null) {
            CampaignFolder.Details was = CampaignFolder.details(dir, previous);
            if (was == null) {
                // its file went away since the run began: nothing left to compare with
            } else if (sha256 != null && sha256.equals(previous.sha256())) {
                // the same file audited again (new rules, a second run) is no resubmission: it keeps its review
                review = was.review();
            } else if (readable(shown.findings()) && readable(was.findings())) {
                // an unreadable file on either side has nothing to compare: no finding was fixed by it
                review = Review.compare(previous.run(), previous.date() == null ? "" : template.date(previous.date()),
                        previous.source(), was.findings(), shown.findings());
            }
            CampaignFolder.archive(dir, previous);
        }
        CampaignFolder.removeLetters(dir, name);
        Map<String, String> details = new java.util.HashMap<>(office.details(date));
        details.putAll(office.fontKeys());
        LetterContext context = new LetterContext(LetterContext.fileName(audit.report().file()), agency,
                details, run, review, split.accepted(), minSeverity, office.year(), sha256);
        return new Prepared(shown, context);
    }

    private static boolean readable(List<cn.zwgk.audit.model.Finding> findings) {
        return findings.stream().noneMatch(f -> BatchSummary.INPUT_UNREADABLE.equals(f.rule()));
    }

    /** The file's SHA-256 in hex, or null when it cannot be read again (the audit already says why). */
    private static String sha256(Path file) {
        try (var in = java.nio.file.Files.newInputStream(file)) {
            var md = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            return null;
        }
    }

    /**
     * The agency's previous audit: the state under the same name, else one of the same agency and report year
     * under another name that this run does not write (a resubmission under a new file name).
     */
    private CampaignFolder.State previous(String name, String agency, Integer year) {
        CampaignFolder.State same = before.get(name);
        if (same != null) return claimed.add(name) ? same : null;
        if (agency == null || agency.isBlank()) return null;
        for (CampaignFolder.State s : before.values()) {
            if (runNames.contains(s.name()) || !agency.equals(s.agency())) continue;
            if (year != null && s.year() != null && !year.equals(s.year())) continue;
            if (claimed.add(s.name())) return s;
        }
        return null;
    }

    /** The overview: every report in the folder (this run's and earlier ones'), the roster's gaps; records the run. */
    @Override
    public BatchSummary overview(BatchSummary thisRun, FindingsSpill spill) throws IOException {
        Map<String, BatchSummary.Entry> now = CampaignFolder.entries(dir, spill);
        List<BatchSummary.Entry> all = new ArrayList<>(now.values());
        // a report of this run whose state could not be written is still part of the overview
        for (BatchSummary.Entry e : thisRun.reports()) if (!now.containsKey(e.name())) all.add(e);
        Runs.record(dir, run, date, thisRun);
        Set<String> submitted = new HashSet<>();
        for (BatchSummary.Entry e : all) if (e.agency() != null) submitted.add(e.agency());
        List<CampaignInfo.Absent> absent = new ArrayList<>();
        for (Roster.Agency a : roster.agencies()) {
            if (!submitted.contains(a.name())) absent.add(new CampaignInfo.Absent(a.name(), a.contact()));
        }
        return thisRun.with(all, new CampaignInfo(office.details(date), office.year(), absent, run, roster.agencies().size()));
    }

    /** Removes overview files of an earlier run that this run will not rebuild, so none is left out of date. */
    public void removeStale(List<String> fileNames) throws IOException {
        for (String f : fileNames) java.nio.file.Files.deleteIfExists(dir.resolve(f));
    }

    /** The roster's agency of a file, if the campaign has a roster. */
    public Optional<String> rosterName(Path file) {
        return roster.match(file).map(Roster.Agency::name);
    }
}
