/** One file through read → parse → audit, with every failure of a single file turned into a finding. */
package cn.zwgk.audit.pipeline;
