package dev.werk.reports.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * How numbers of the result appear on the page. A table cell shows a rounded value and carries the
 * exact number of {@code results.json} in {@code data-value} (empty when undefined), so sorting
 * and tests use the very number the JSON holds.
 */
final class Fmt {
    /** Shown for an undefined value (null in JSON). */
    static final String UNDEFINED = "–";

    private Fmt() {
    }

    static boolean defined(JsonNode v) {
        return v != null && v.isNumber();
    }

    /** A rate as a percentage with two decimals. */
    static String pct(JsonNode v) {
        return defined(v) ? String.format(Locale.ROOT, "%.2f %%", 100 * v.doubleValue()) : UNDEFINED;
    }

    /** A change as a signed percentage (relative) with two decimals. */
    static String signedPct(JsonNode v) {
        return defined(v) ? String.format(Locale.ROOT, "%+.2f %%", 100 * v.doubleValue()) : UNDEFINED;
    }

    /** A difference of rates in percentage points. */
    static String pp(JsonNode v) {
        return defined(v) ? String.format(Locale.ROOT, "%+.2f pp", 100 * v.doubleValue()) : UNDEFINED;
    }

    /** A probability or p-value. */
    static String p(JsonNode v) {
        if (!defined(v)) {
            return UNDEFINED;
        }
        double d = v.doubleValue();
        return d != 0 && d < 0.0001 ? String.format(Locale.ROOT, "%.1e", d) : String.format(Locale.ROOT, "%.4f", d);
    }

    /** A count with thousands separators. */
    static String count(JsonNode v) {
        return defined(v) ? String.format(Locale.ROOT, "%,d", v.longValue()) : UNDEFINED;
    }

    /** An interval [lo, hi] formatted by {@code kind} (pct, signedPct, pp). */
    static String interval(JsonNode ci, String kind) {
        if (ci == null || !ci.isArray() || ci.size() != 2) {
            return UNDEFINED;
        }
        return "[" + one(ci.get(0), kind) + ", " + one(ci.get(1), kind) + "]";
    }

    static String one(JsonNode v, String kind) {
        return switch (kind) {
            case "signedPct" -> signedPct(v);
            case "pp" -> pp(v);
            case "p" -> p(v);
            case "count" -> count(v);
            default -> pct(v);
        };
    }

    /** The exact JSON text of a number, empty when undefined. */
    static String exact(JsonNode v) {
        return defined(v) ? v.asText() : "";
    }

    /** {@code <td data-value="exact">shown</td>} for a number formatted by {@code kind}. */
    static void cell(Html out, JsonNode v, String kind) {
        out.raw("<td").attr("data-value", exact(v)).raw(">").text(one(v, kind)).raw("</td>");
    }

    /** An interval as one cell holding both bounds, exact values in data-low and data-high. */
    static void intervalCell(Html out, JsonNode ci, String kind) {
        boolean ok = ci != null && ci.isArray() && ci.size() == 2;
        out.raw("<td").attr("data-value", ok ? exact(ci.get(0)) : "").attr("data-low", ok ? exact(ci.get(0)) : "")
                .attr("data-high", ok ? exact(ci.get(1)) : "").raw(">").text(interval(ci, kind)).raw("</td>");
    }

    /** A text cell. */
    static void textCell(Html out, String text) {
        out.raw("<td class=\"s\">").text(text).raw("</td>");
    }
}
