/**
 * Loading what the office edits without recompiling (YAML under {@code rules/} and {@code templates/}), and reporting
 * mistakes in it as {@code file:line: message}.
 */
package cn.zwgk.audit.config;
