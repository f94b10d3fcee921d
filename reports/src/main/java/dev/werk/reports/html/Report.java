package dev.werk.reports.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.werk.reports.SummaryCsv;
import dev.werk.reports.charts.ReportCharts;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every file of a report, rendered from one {@code werk compare -o json} result: {@code index.html}
 * (self-contained), the PNG charts, {@code summary.csv}, {@code terms.csv} and {@code terms-by-set.csv} when
 * the result holds terms, and {@code results.json} (the result itself, byte for byte). The page and the charts read
 * only the result, so nothing on them is a number {@code results.json} does not hold.
 */
public final class Report {
    /** The name of the page. */
    public static final String INDEX = "index.html";
    /** The result the report was rendered from. */
    public static final String RESULTS = "results.json";

    /**
     * How the report is drawn.
     *
     * @param width  chart width in pixels
     * @param height chart height in pixels
     */
    public record Options(int width, int height) {
        /** 1200 × 700. */
        public static Options defaults() {
            return new Options(ReportCharts.WIDTH, ReportCharts.HEIGHT);
        }
    }

    private Report() {
    }

    /**
     * The report's files by name, in writing order.
     *
     * @param resultsJson a compare result, the bytes of {@code results.json}
     * @throws com.fasterxml.jackson.core.JsonProcessingException when it is not one JSON object
     */
    public static Map<String, byte[]> render(byte[] resultsJson, Options options) throws IOException {
        return render(ReportData.parse(resultsJson), resultsJson, options);
    }

    /** The report's files of an already parsed result ({@link ReportData#parse} of {@code resultsJson}). */
    public static Map<String, byte[]> render(ReportData parsed, byte[] resultsJson, Options options) {
        JsonNode results = parsed.root();
        Map<String, byte[]> charts = ReportCharts.all(results, options.width(), options.height());
        ReportData data = parsed.withCharts(charts);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(INDEX, HtmlReport.render(data).getBytes(StandardCharsets.UTF_8));
        files.putAll(charts);
        files.put("summary.csv", csv(w -> SummaryCsv.write(results, w)));
        if (data.hasTerms()) {
            files.put("terms.csv", csv(w -> TermsCsv.writeAll(results, w)));
            files.put("terms-by-set.csv", csv(w -> TermsCsv.writeBySet(results, w)));
        }
        files.put(RESULTS, resultsJson);
        return Collections.unmodifiableMap(files);
    }

    private interface Body {
        void write(StringWriter w) throws IOException;
    }

    private static byte[] csv(Body body) {
        StringWriter w = new StringWriter();
        try {
            body.write(w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }
}
