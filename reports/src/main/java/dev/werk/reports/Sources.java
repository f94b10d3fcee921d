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

    /**
     * True when either side is in a format that can hold sclite markup (trn, stm, ctm), or unknown.
     * A folder's format reads {@code by extension: nlp, transcribe} (the formats of its files).
     */
    public boolean mayCarryMarkup() {
        return markupFormat(referenceFormat) || markupFormat(hypothesisFormat);
    }

    private static boolean markupFormat(String format) {
        if (format == null || format.equals("by extension")) {
            return true;
        }
        String formats = format.startsWith("by extension:") ? format.substring("by extension:".length()) : format;
        for (String f : formats.split(",")) {
            String id = f.strip();
            if (id.equals("trn") || id.equals("stm") || id.equals("ctm")) {
                return true;
            }
        }
        return false;
    }
}
