package dev.werk.core.terms;

/** How a reference occurrence of a term came out in the hypothesis (rule 2). */
public enum MatchClass {
    /** The term's own form, token for token. */
    EXACT("exact"),
    /** Another accepted form, token for token. */
    VARIANT("variant"),
    /** The key of a form, in tokens that are not any form's ("boto 3" for "Boto3", "pytorch" for "py torch"). */
    SPLIT_MERGE("split-merge"),
    /** No run of the window joins to a key of the term. */
    MISS("miss");

    private final String id;

    MatchClass(String id) {
        this.id = id;
    }

    /** The name outputs use: exact, variant, split-merge, miss. */
    public String id() {
        return id;
    }

    /** True for the three correct classes. */
    public boolean correct() {
        return this != MISS;
    }
}
