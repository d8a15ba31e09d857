/**
 * The facts a report is made of, and the findings the rules draw from them.
 *
 * <p>Everything here is an immutable record. The parser produces {@link cn.zwgk.audit.model.Report}; the audit inserts
 * its parts (sections, cells, claims, …) into a Drools session as separate facts; only DRL rules create
 * {@link cn.zwgk.audit.model.Finding}s. Every fact keeps its source line (1-based, in the text the reader produced)
 * and the raw text it came from, so a finding can quote it.
 */
package cn.zwgk.audit.model;
