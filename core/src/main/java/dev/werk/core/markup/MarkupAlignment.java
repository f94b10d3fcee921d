package dev.werk.core.markup;

import dev.werk.core.align.Alignment;
import java.util.List;

/**
 * The alignment of two transcripts with markup along the path the alignment chose: the reference
 * and hypothesis words of that path (alternatives not taken and {@code @} left out) and the steps.
 * Replaying {@link #alignment()} walks {@link #reference()} and {@link #hypothesis()} in order. An
 * optionally deletable word that was dropped is a hit paired with an empty word {@code ""} on the
 * other side, as sclite counts it.
 *
 * @param reference  the reference words of the chosen path; their number is H + S + D
 * @param hypothesis the hypothesis words of the chosen path; their number is H + S + I
 * @param alignment  the steps
 */
public record MarkupAlignment(List<String> reference, List<String> hypothesis, Alignment alignment) {
    public MarkupAlignment {
        reference = List.copyOf(reference);
        hypothesis = List.copyOf(hypothesis);
    }
}
