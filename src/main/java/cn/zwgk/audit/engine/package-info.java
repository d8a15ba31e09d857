/**
 * Auditing: the DRL files of {@code rules/}, compiled at run time, turn a report's facts into findings. Java here only
 * runs the rules and renders their messages; every verdict is a rule's.
 */
package cn.zwgk.audit.engine;
