package dev.werk.core.markup;

import dev.werk.core.align.CostModel;
import dev.werk.core.text.Whitespace;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligns transcripts written in sclite's trn markup, exactly as sclite does:
 * <ul>
 *   <li>{@code { a / b c / @ }}: alternatives, any of which may be taken; they may hold several words
 *       and nest; {@code @} is the empty alternative (and outside braces a word that costs nothing
 *       to skip).</li>
 *   <li>{@code (word)}: with -D ({@code optionalDeletable}), a word that may be left out; leaving
 *       it out counts as correct.</li>
 *   <li>{@code word-}, {@code -word}: with -F ({@code fragments}), a fragment that matches any word
 *       starting (ending) with the rest.</li>
 *   <li>{@code word;tag1;tag2}: the tags are dropped; {@code \;} is a literal semicolon. A trailing
 *       {@code *} is dropped.</li>
 * </ul>
 * Markup may appear in references and hypotheses alike. Each transcript becomes a word network and
 * the two networks are aligned by sclite's network dynamic program (see {@code NetworkDp}); the
 * result lists the words of the chosen path. On transcripts without markup, under
 * {@link CostModel#SCLITE}, it takes the same steps as the plain sclite aligner.
 *
 * <p>Cost models: {@link CostModel#SCLITE} uses sclite's weights (substitution 4, insertion and
 * deletion 3, optional word 2, {@code @} 0.001). {@link CostModel#LEVENSHTEIN} uses the same
 * program with unit weights (substitution, insertion and deletion 1, optional word 0.5,
 * {@code @} 0.001) and sclite's tie order.
 *
 * <p>Keeps no state between calls; one instance may serve several threads.
 */
public final class MarkupAligner {
    private final Weights weights;
    private final MarkupParser parser;
    private final boolean optionalDeletable;
    private final boolean fragments;

    /**
     * @param cost              the cost model (see the class comment)
     * @param optionalDeletable sclite's -D: {@code (word)} may be left out at no error
     * @param fragments         sclite's -F: {@code word-} and {@code -word} match by prefix and suffix
     */
    public MarkupAligner(CostModel cost, boolean optionalDeletable, boolean fragments) {
        this(Weights.of(cost), optionalDeletable, fragments);
    }

    private MarkupAligner(Weights weights, boolean optionalDeletable, boolean fragments) {
        this.weights = weights;
        this.parser = new MarkupParser(new WordReader(optionalDeletable, fragments));
        this.optionalDeletable = optionalDeletable;
        this.fragments = fragments;
    }

    /**
     * The same network program with fstalign's edit costs: insertion and deletion 1, substitution
     * 1.5, an empty alternative {@code @} free, and of two equally cheap paths the one with fewer
     * errors (see {@code dev.werk.core.fstalign}). No -D, no -F.
     */
    public static MarkupAligner fstalign() {
        return new MarkupAligner(Weights.FSTALIGN, false, false);
    }

    /**
     * False when {@code text} certainly has no markup, so it can be tokenised as plain words; true
     * when it has a character markup may use ({@code { } @ ; \ *}, and with -D {@code ( )}, with -F
     * {@code -}). A quick scan, not a parse.
     */
    public boolean mayContainMarkup(CharSequence text) {
        for (int k = 0; k < text.length(); k++) {
            switch (text.charAt(k)) {
                case '{', '}', '@', ';', '\\', '*' -> {
                    return true;
                }
                case '(', ')' -> {
                    if (optionalDeletable) {
                        return true;
                    }
                }
                case '-' -> {
                    if (fragments) {
                        return true;
                    }
                }
                default -> { }
            }
        }
        return false;
    }

    /**
     * The network of a transcript with markup.
     *
     * @throws MarkupException when the markup is malformed (unbalanced braces, an empty
     *                         alternation or alternative, a brace inside a word, an empty word)
     */
    public WordNetwork read(String text) {
        return WordNetwork.of(parser.parse(text));
    }

    /** The network of a transcript taken literally: its whitespace-separated words in a row. */
    public WordNetwork literal(String text) {
        List<Word> row = new ArrayList<>();
        int n = text.length();
        int k = 0;
        while (k < n) {
            while (k < n && Whitespace.isSpace(text.charAt(k))) {
                k++;
            }
            int start = k;
            while (k < n && !Whitespace.isSpace(text.charAt(k))) {
                k++;
            }
            if (k > start) {
                row.add(Word.literal(text.substring(start, k)));
            }
        }
        return WordNetwork.chain(row);
    }

    /**
     * Aligns reference network {@code ref} with hypothesis network {@code hyp}.
     *
     * @throws MarkupException when the pair is too long for the network alignment (more than
     *                         twenty million pairs of arcs)
     */
    public MarkupAlignment align(WordNetwork ref, WordNetwork hyp) {
        return NetworkDp.align(ref, hyp, weights);
    }
}
