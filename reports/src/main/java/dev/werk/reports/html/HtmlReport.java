package dev.werk.reports.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The report page: one self-contained HTML file (inline CSS and script, charts as data: URIs, no
 * address outside the page) made of {@link ReportSection}s, each listed in the table of contents.
 */
public final class HtmlReport {
    private static final String CSS = resource("report.css");
    private static final String JS = resource("report.js");

    private HtmlReport() {
    }

    /** The standard sections, in page order; a later feature adds or replaces one here. */
    public static List<ReportSection> sections() {
        return List.of(new SummarySection(), new ForestSection(), new ItemsSection(), new TermsSection(),
                new ConfusionsSection(), new AlignmentSection(), new ConfidenceSection());
    }

    /** Renders the page of {@code data} with the standard sections. */
    public static String render(ReportData data) {
        return render(data, sections());
    }

    /** Renders the page of {@code data} with {@code sections}, in order. */
    public static String render(ReportData data, List<ReportSection> sections) {
        Html out = new Html(1 << 16);
        String title = "werk report: " + String.join(" vs ", data.systems());
        out.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
                + "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">");
        out.el("title", null, title);
        out.raw("<style>").raw(CSS).raw("</style></head><body><header class=\"top\">");
        out.el("h1", null, title);
        out.el("p", null, "Baseline " + data.baseline() + " · normaliser " + data.get("provenance").path("normalizer").asText()
                + " · cost " + data.get("provenance").path("cost").asText() + " · werk "
                + data.get("provenance").path("werkVersion").asText() + " · " + data.get("provenance").path("date").asText(""));
        out.raw("</header><nav class=\"toc\">");
        for (ReportSection s : sections) {
            out.raw("<a").attr("href", "#" + s.id()).raw(">").text(s.title()).raw("</a>");
        }
        out.raw("</nav><main>");
        for (ReportSection s : sections) {
            out.raw("<section class=\"sec\"").attr("id", s.id()).raw(">");
            out.el("h2", null, s.title());
            s.render(data, out);
            out.raw("</section>");
        }
        out.raw("</main><script>").raw(JS).raw("</script></body></html>\n");
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
