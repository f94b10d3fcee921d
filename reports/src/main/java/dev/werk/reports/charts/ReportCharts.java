package dev.werk.reports.charts;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The report's PNG charts, drawn with JFreeChart (headless) from a {@code werk compare -o json}
 * result and nothing else: WER per item and system grouped by set, each candidate's change per set
 * with its interval (a forest plot), and per-term correct rates. Colours are the Okabe–Ito
 * palette, which stays distinct under the common colour-vision deficiencies.
 */
public final class ReportCharts {
    /** Default size in pixels. */
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 700;
    /** How many terms (the most frequent) the term chart shows. */
    public static final int TERMS_SHOWN = 25;

    /** Okabe–Ito: blue, orange, bluish green, vermillion, reddish purple, sky blue, yellow, black. */
    static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
        new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000)};

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ReportCharts() {
    }

    /** Every chart the result supports, by file name, at {@code width} × {@code height}. */
    public static Map<String, byte[]> all(JsonNode results, int width, int height) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put("wer-by-item.png", png(werByItem(results), width, height));
        out.put("change-by-set.png", png(changeBySet(results), width, height));
        JFreeChart terms = termCorrect(results);
        if (terms != null) {
            out.put("term-correct.png", png(terms, width, height));
        }
        return out;
    }

    /** A chart as PNG bytes. */
    public static byte[] png(JFreeChart chart, int width, int height) {
        BufferedImage img = chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
        ByteArrayOutputStream b = new ByteArrayOutputStream(64 << 10);
        try {
            ImageIO.write(img, "png", b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    /** Bars of WER (%) per item, one bar per system, one panel per set sharing the WER axis. */
    public static JFreeChart werByItem(JsonNode r) {
        Map<String, List<JsonNode>> bySet = new LinkedHashMap<>();
        for (JsonNode it : r.path("items")) {
            bySet.computeIfAbsent(it.path("set").asText(""), k -> new ArrayList<>()).add(it);
        }
        NumberAxis wer = new NumberAxis("WER (%)");
        style(wer);
        CombinedRangeCategoryPlot plot = new CombinedRangeCategoryPlot(wer);
        plot.setGap(12);
        CategoryPlot firstPanel = null;
        for (Map.Entry<String, List<JsonNode>> e : bySet.entrySet()) {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            for (JsonNode it : e.getValue()) {
                for (JsonNode s : it.path("systems")) {
                    JsonNode w = s.path("wer");
                    data.addValue(w.isNumber() ? 100 * w.doubleValue() : null, s.path("name").asText(), it.path("name").asText());
                }
            }
            CategoryAxis items = new CategoryAxis(e.getKey().isEmpty() ? "item" : "item (set " + e.getKey() + ")");
            style(items);
            items.setCategoryMargin(0.15);
            if (r.path("items").size() > 12) {
                items.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
            }
            CategoryPlot sub = new CategoryPlot(data, items, null, bars());
            sub.setBackgroundPaint(Color.WHITE);
            sub.setRangeGridlinePaint(new Color(0xCCCCCC));
            plot.add(sub, Math.max(1, e.getValue().size()));
            if (firstPanel == null) {
                firstPanel = sub;
            }
        }
        if (firstPanel != null) {
            plot.setFixedLegendItems(firstPanel.getLegendItems()); // one entry per system, not per panel
        }
        return chart("WER per item and system, grouped by set", plot, true);
    }

    /** The forest plot: each candidate's absolute change of WER (and B-WER) per set with its interval. */
    public static JFreeChart changeBySet(JsonNode r) {
        List<String> sets = new ArrayList<>();
        for (JsonNode s : r.path("sets")) {
            sets.add(s.path("name").asText());
        }
        String baseline = r.path("baseline").asText();
        List<String> candidates = new ArrayList<>();
        for (JsonNode s : r.path("systems")) {
            if (!s.asText().equals(baseline)) {
                candidates.add(s.asText());
            }
        }
        JsonNode termSets = r.path("terms").path("sets");
        boolean terms = termSets.isArray() && !termSets.isEmpty();
        int series = candidates.size() * (terms ? 2 : 1);
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        int k = 0;
        for (String cand : candidates) {
            for (int measure = 0; measure < (terms ? 2 : 1); measure++) {
                XYIntervalSeries ser = new XYIntervalSeries(measure == 0 ? cand + ": WER" : cand + ": B-WER (terms)");
                double offset = series == 1 ? 0 : 0.5 * ((double) k / (series - 1) - 0.5);
                for (int i = 0; i < sets.size(); i++) {
                    JsonNode c = measure == 0 ? find(r.path("sets").path(i).path("comparisons"), "system", cand)
                            : find(find(termSets, "name", sets.get(i)).path("comparisons"), "system", cand);
                    JsonNode v = measure == 0 ? c.path("absoluteChange") : c.path("bWerChange");
                    JsonNode ci = measure == 0 ? c.path("absoluteChangeCi") : c.path("bWerChangeCi");
                    if (!v.isNumber()) {
                        continue;
                    }
                    double x = 100 * v.doubleValue();
                    double lo = ci.isArray() && ci.size() == 2 ? 100 * ci.get(0).asDouble() : x;
                    double hi = ci.isArray() && ci.size() == 2 ? 100 * ci.get(1).asDouble() : x;
                    double y = i + offset;
                    ser.add(x, lo, hi, y, y, y);
                }
                data.addSeries(ser);
                k++;
            }
        }
        NumberAxis change = new NumberAxis("change against " + baseline + " (percentage points; negative is better)");
        style(change);
        change.setAutoRangeIncludesZero(true);
        SymbolAxis setAxis = new SymbolAxis("set", sets.toArray(new String[0]));
        style(setAxis);
        setAxis.setInverted(true);
        setAxis.setGridBandsVisible(false);
        setAxis.setRange(-0.6, sets.size() - 0.4);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawYError(false);
        renderer.setDrawXError(true);
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setErrorStroke(new BasicStroke(2.5f));
        renderer.setCapLength(10);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            Color c = PALETTE[s % PALETTE.length];
            renderer.setSeriesPaint(s, c);
            renderer.setSeriesShape(s, new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12));
        }
        renderer.setErrorPaint(null);
        XYPlot plot = new XYPlot(data, change, setAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xCCCCCC));
        plot.setRangeGridlinesVisible(false);
        ValueMarker zero = new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1.5f));
        plot.addDomainMarker(zero);
        int level = (int) Math.round(100 * r.path("confidenceLevel").asDouble(0.95));
        JFreeChart chart = chart("Change of WER" + (terms ? " and of B-WER (term words)" : "") + " per set, with " + level
                + " % bootstrap intervals", plot, true);
        return chart;
    }

    /** Per term (the most frequent ones), each system's share of occurrences recognised correctly. */
    public static JFreeChart termCorrect(JsonNode r) {
        JsonNode all = find(r.path("terms").path("sets"), "name", "all");
        JsonNode systems = all.path("systems");
        if (!systems.isArray() || systems.isEmpty()) {
            return null;
        }
        JsonNode first = systems.get(0).path("terms");
        List<Integer> order = new ArrayList<>();
        for (int t = 0; t < first.size(); t++) {
            if (first.get(t).path("occurrences").asLong() > 0) {
                order.add(t);
            }
        }
        order.sort((a, b) -> Long.compare(first.get(b).path("occurrences").asLong(), first.get(a).path("occurrences").asLong()));
        List<Integer> shown = order.subList(0, Math.min(TERMS_SHOWN, order.size()));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int t : shown) {
            String label = first.get(t).path("term").asText() + " (" + first.get(t).path("occurrences").asLong() + ")";
            for (JsonNode s : systems) {
                JsonNode rec = s.path("terms").path(t).path("recall");
                data.addValue(rec.isNumber() ? 100 * rec.doubleValue() : null, s.path("name").asText(), label);
            }
        }
        CategoryAxis terms = new CategoryAxis("term (occurrences)");
        style(terms);
        terms.setCategoryMargin(0.2);
        NumberAxis pct = new NumberAxis("recognised correctly (% of occurrences)");
        style(pct);
        pct.setRange(0, 100);
        CategoryPlot plot = new CategoryPlot(data, terms, pct, bars());
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xCCCCCC));
        String title = order.size() > shown.size() ? "Term accuracy: the " + shown.size() + " most frequent of " + order.size()
                + " terms found" : "Term accuracy per term";
        return chart(title, plot, true);
    }

    private static BarRenderer bars() {
        BarRenderer b = new BarRenderer();
        b.setBarPainter(new StandardBarPainter());
        b.setShadowVisible(false);
        b.setDrawBarOutline(false);
        b.setItemMargin(0.02);
        for (int s = 0; s < PALETTE.length; s++) {
            b.setSeriesPaint(s, PALETTE[s]);
        }
        return b;
    }

    private static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot, boolean legend) {
        JFreeChart c = new JFreeChart(title, TITLE, plot, legend);
        c.setBackgroundPaint(Color.WHITE);
        // room on the right for the last tick label of a horizontal range axis ("100" was cut in half)
        c.setPadding(new org.jfree.chart.ui.RectangleInsets(4, 4, 4, 14));
        c.setAntiAlias(true);
        c.setTextAntiAlias(true);
        LegendTitle l = c.getLegend();
        if (l != null) {
            l.setItemFont(LABEL);
            l.setPosition(RectangleEdge.TOP);
            l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        TextTitle t = c.getTitle();
        t.setPaint(Color.BLACK);
        return c;
    }

    private static void style(org.jfree.chart.axis.Axis a) {
        a.setLabelFont(LABEL);
        a.setTickLabelFont(TICK);
        a.setLabelPaint(Color.BLACK);
        a.setTickLabelPaint(Color.BLACK);
    }

    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.path(field).asText().equals(value)) {
                return n;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
