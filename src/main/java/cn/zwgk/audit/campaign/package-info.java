/**
 * The office's year of audits (审查批次): a folder holding the office's settings ({@code office.yaml}), the roster
 * ({@code agencies.csv} or {@code .xlsx}), the findings it accepted ({@code accepted.yaml}), each report's state
 * ({@code NAME.json}, its letters beside it), the superseded audits ({@code history/}) and the runs
 * ({@code runs.json}). Orchestration around {@link cn.zwgk.audit.batch.Batch}: it names, prepares and sums up the
 * reports; reading, auditing and rendering stay where they are.
 */
package cn.zwgk.audit.campaign;
