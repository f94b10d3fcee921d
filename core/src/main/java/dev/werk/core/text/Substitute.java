package dev.werk.core.text;

/** {@code rules(<source>@<fingerprint>)}: applies a {@link RulesFile}'s rules in order. */
final class Substitute implements Step {
    static final String NAME = "rules";
    private final RulesFile rules;

    Substitute(RulesFile rules) {
        this.rules = rules;
    }

    @Override
    public String name() {
        return NAME + "(" + rules + ")";
    }

    @Override
    public String apply(String text) {
        return rules.apply(text);
    }

    @Override
    public boolean readsWords() {
        return rules.readsWords();
    }

    @Override
    public MappedText apply(MappedText in) {
        return rules.apply(in, null);
    }

    @Override
    public MappedText apply(MappedText in, NormalizedText.Words read) {
        return rules.apply(in, read);
    }
}
