package cn.zwgk.audit.model;

/**
 * A document the report cites: a title in 《》, a document number (文号, "国办公开办函〔2021〕30号") or a State Council
 * decree number ("国务院令第711号"), or a title with the number that follows it. As written: the rules judge whether
 * it is the right document, rightly numbered.
 *
 * @param title     the title inside 《》, or null when only a number is given
 * @param titleYear the year a title names as "YYYY年度" ("关于做好2020年度…年度报告…的通知"), or null
 * @param issuer    the characters before the number's year bracket ("国办公开办函"; as written, so a word before the
 *                  code may be part of it: "转发国办公开办函"), {@code 国务院令} for a decree, or null when no number
 * @param year      the number's year ("〔2021〕"), or null (a decree, or no number)
 * @param number    the serial number, or null when no number
 * @param unit      what the number ends with: 号, or 条 as some reports mistype a decree; null when no number
 * @param text      the citation as written
 */
public record Citation(String title, Integer titleYear, String issuer, Integer year, Integer number, String unit,
                       String text, int section, int line) {}
