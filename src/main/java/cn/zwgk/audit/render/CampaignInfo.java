package cn.zwgk.audit.render;

import java.util.List;
import java.util.Map;

/**
 * What a campaign adds to its overview: the office's details (office.yaml), the report year the office expects, the
 * roster's agencies that have not submitted, how many runs built it, and how many agencies the roster has (0: none).
 */
public record CampaignInfo(Map<String, String> office, Integer expectedYear, List<Absent> notSubmitted, int runs,
                           int rosterSize) {

    public static final CampaignInfo NONE = new CampaignInfo(Map.of(), null, List.of(), 1, 0);

    /** A roster agency with no report in the campaign. */
    public record Absent(String agency, String contact) {}

    public CampaignInfo {
        office = Map.copyOf(office);
        notSubmitted = List.copyOf(notSubmitted);
    }
}
