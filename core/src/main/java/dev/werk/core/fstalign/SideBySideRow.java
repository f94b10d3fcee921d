package dev.werk.core.fstalign;

import java.util.List;

/**
 * One row of fstalign's side-by-side file ({@code --output-sbs}, {@code WriteSbs} in
 * {@code wer.cpp}): one step of the alignment.
 *
 * @param reference  the reference token ({@code <ins>} for an insertion), lower-cased unless case is kept
 * @param hypothesis the hypothesis token ({@code <del>} for a deletion)
 * @param classLabel the entity the step belongs to, as fstalign labels it ({@code ___3_CARDINAL___}
 *                   from the {@code tags} label {@code 3:CARDINAL}); empty outside entities
 * @param werTags    the {@code wer_tags} of the NLP row fstalign attaches to the step, each as
 *                   {@code id_type} ({@code type} from the wer_tag file, empty without one); none for an
 *                   insertion outside an entity
 */
public record SideBySideRow(String reference, String hypothesis, String classLabel, List<String> werTags) {
    /** fstalign's marker for the reference side of an insertion. */
    public static final String INSERTION = "<ins>";
    /** fstalign's marker for the hypothesis side of a deletion. */
    public static final String DELETION = "<del>";
    /**
     * fstalign's no-op token ({@code NOOP}): both sides of the one step of a {@code FALLBACK} entity
     * left out through an empty candidate. Its side-by-side file leaves such a row out; its NLP
     * stitching gives it the entity's row.
     */
    public static final String NO_OP = "!!noop-token!!";

    public SideBySideRow {
        werTags = List.copyOf(werTags);
    }

    /** Whether this is a {@link #NO_OP} step. */
    public boolean noOp() {
        return reference.equals(NO_OP);
    }

    /** Whether fstalign marks the row {@code ERR}: its two tokens differ. */
    public boolean error() {
        return !reference.equals(hypothesis);
    }
}
