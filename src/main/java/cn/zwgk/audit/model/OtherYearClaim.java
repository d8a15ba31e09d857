package cn.zwgk.audit.model;

/**
 * A number of the kind the narrative restates from the tables, in a sentence that opens with another year than the
 * report's and does not name the report's year ("2022年,我镇全年共收到依申请公开0件" in a 2023 report): no claim about this year's tables, but possibly text
 * left from an earlier report. The rules judge which (comparisons with an earlier year are common and correct).
 *
 * @param year  the year the sentence opens with
 * @param claim what the sentence would state for the report's year
 */
public record OtherYearClaim(int year, Claim claim) {}
