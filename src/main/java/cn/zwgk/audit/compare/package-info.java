/**
 * Comparing reports with one another: last year's report of the same agency ({@code check --previous}) and the other
 * reports of the batch. Produces facts ({@link cn.zwgk.audit.model.PreviousReport},
 * {@link cn.zwgk.audit.model.PreviousCell}, {@link cn.zwgk.audit.model.TextSimilarity}); the rules in
 * {@code rules/crossyear.drl} and {@code rules/copying.drl} decide what is a finding.
 *
 * <p>Text similarity is the Jaccard coefficient of character n-gram sets ({@link Shingles}) of the narrative with
 * numbers folded away ({@link CopyText}). Last year's report is compared exactly (one pair per report); the batch is
 * compared through MinHash signatures bucketed by LSH ({@link PeerIndex}), so tens of thousands of reports never
 * mean all pairs of full texts.
 */
package cn.zwgk.audit.compare;
