package dev.werk.reports;

import java.util.Locale;

/** Number formatting shared by the renderers: fixed decimals, Locale.ROOT, "undefined" for NaN. */
final class Numbers {
    private Numbers() {
    }

    /** {@code ratio} as a percentage with {@code decimals} places, or "undefined". */
    static String percent(double ratio, int decimals) {
        return Double.isNaN(ratio) ? "undefined" : String.format(Locale.ROOT, "%." + decimals + "f", ratio * 100);
    }

    /** As {@link #percent} followed by "%", or "undefined" alone (never "undefined%"). */
    static String percentWithSign(double ratio, int decimals) {
        return Double.isNaN(ratio) ? "undefined" : percent(ratio, decimals) + "%";
    }

    /** {@code part / whole} as a percentage with one decimal, sclite style; "-" for 0/0. */
    static String share(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f", 100.0 * part / whole);
    }

    /** A ratio with 8 decimals (the peers' precision), or "undefined". */
    static String ratio(double r) {
        return Double.isNaN(r) ? "undefined" : String.format(Locale.ROOT, "%.8f", r);
    }
}
