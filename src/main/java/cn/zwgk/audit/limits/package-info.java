/**
 * How much one report may cost, and what to tell the clerk when it costs more or something breaks: size bounds,
 * time budgets per stage, a regex guard, and Chinese sentences for failures (never exception class names).
 */
package cn.zwgk.audit.limits;
