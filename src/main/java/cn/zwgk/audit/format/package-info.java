/**
 * The layout of tables 二, 三 and 四 as rules/labels.yaml describes it: rows, columns, groups, their order, the section
 * each table stands in and the name findings give it. The parser reads by it, the rules' keys are checked against it,
 * and every output draws by it.
 */
package cn.zwgk.audit.format;
