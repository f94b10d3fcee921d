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
}
