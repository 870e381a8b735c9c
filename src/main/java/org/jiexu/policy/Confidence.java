package org.jiexu.policy;

/**
 * How far a rule's figure can be trusted, as graded in the policy research ({@code ../shared/policy}):
 * the wording or number was found in the official text or agrees across independent copies ({@link #HIGH}),
 * agrees across several secondary copies ({@link #MEDIUM_HIGH}, {@link #MEDIUM}), comes from one secondary
 * source or recollection ({@link #LOW}), is not a published figure at all but demo data ({@link #DEMO}), or was
 * entered by the user for one calculation ({@link #ENTERED}).
 */
public enum Confidence {

	HIGH, MEDIUM_HIGH, MEDIUM, LOW, DEMO, ENTERED

}
