/**
 * Key-point coverage: which of a question's key points an answer makes, how sure the checker is, and which words
 * of the answer made each one. {@link dev.rehearse.coverage.CoverageChecker} is the one checker used by the app, by
 * {@code --score-answers} and by the evaluation on the labelled set; {@link dev.rehearse.coverage.CueAdvisor} tells
 * authors about match phrases that cannot be trusted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coverage")
package dev.rehearse.coverage;
