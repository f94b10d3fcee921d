package dev.werk.reports.html;

/**
 * One section of the HTML report. The page lists the sections it is given, in order, each with an
 * anchor in the table of contents; a new kind of result (the confidence review, say) becomes a new
 * section without touching the others. A section renders only what its {@link ReportData} holds.
 */
public interface ReportSection {
    /** The anchor id, unique on the page (letters, digits and hyphens). */
    String id();

    /** The heading and table-of-contents label. */
    String title();

    /** Writes the section's body (the page writes the {@code <section>} and its heading). */
    void render(ReportData data, Html out);
}
