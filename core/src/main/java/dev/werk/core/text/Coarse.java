package dev.werk.core.text;

/**
 * The fallback offset map for a step whose output cannot be traced character by character: the
 * output's words come from the input's words one for one when there are as many, else every
 * output character comes from the whole input. Coarse, but never wrong about where text came from.
 */
final class Coarse {
    private Coarse() {
    }

    static MappedText map(MappedText in, String out) {
        WordSpans from = WordSpans.of(in.text);
        WordSpans to = WordSpans.of(out);
        MappedText.Builder b = new MappedText.Builder(in);
        if (from.size() != to.size()) {
            return b.emit(out, 0, in.length()).build();
        }
        int k = 0;
        for (int w = 0; w < to.size(); w++) {
            Span target = to.word(w);
            Span source = from.word(w);
            b.emit(out.subSequence(k, target.start()), source.start(), source.start());
            b.emit(out.subSequence(target.start(), target.end()), source.start(), source.end());
            k = target.end();
        }
        return b.emit(out.subSequence(k, out.length()), in.length(), in.length()).build();
    }
}
