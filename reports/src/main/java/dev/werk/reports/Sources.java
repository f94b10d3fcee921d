package dev.werk.reports;

/**
 * Where a score came from, for report headers.
 *
 * @param reference        the reference file or folder as the user named it
 * @param referenceFormat  its format name
 * @param hypothesis       the hypothesis file or folder
 * @param hypothesisFormat its format name
 */
public record Sources(String reference, String referenceFormat, String hypothesis, String hypothesisFormat) {

    /** True when either side is in a format that can hold sclite markup (trn, stm, ctm), or unknown. */
    public boolean mayCarryMarkup() {
        return markupFormat(referenceFormat) || markupFormat(hypothesisFormat);
    }

    private static boolean markupFormat(String format) {
        return format == null || format.equals("trn") || format.equals("stm") || format.equals("ctm") || format.equals("by extension");
    }
}
