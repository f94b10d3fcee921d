package dev.werk.reports;

/**
 * Number formatting shared by the renderers: fixed decimals as {@code String.format(Locale.ROOT,
 * "%.Nf")} prints them, "undefined" for NaN. Without {@code Formatter}: its first use cost a fresh
 * JVM 18-24 ms (regular expressions and all), a fifth of a text {@code werk score} run.
 */
final class Numbers {
    private Numbers() {
    }

    /**
     * {@code value} with {@code decimals} places, exactly as {@code String.format(Locale.ROOT, "%.Nf",
     * value)}: the shortest decimal digits that identify the double (those of {@link
     * Double#toString}) rounded half up, a minus sign for any negative value (also -0.0 and values
     * that round to zero), {@code NaN} and {@code Infinity} spelled out.
     */
    static String fixed(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        boolean negative = Double.doubleToRawLongBits(value) < 0;
        if (Double.isInfinite(value)) {
            return negative ? "-Infinity" : "Infinity";
        }
        String s = Double.toString(Math.abs(value));
        int e = s.indexOf('E');
        String mantissa = e < 0 ? s : s.substring(0, e);
        int dot = mantissa.indexOf('.');
        // digits[0..) with the decimal point after `point` of them (point may be <= 0 or past the end)
        StringBuilder digits = new StringBuilder(mantissa.length() + decimals + 2);
        digits.append(mantissa, 0, dot).append(mantissa, dot + 1, mantissa.length());
        int point = dot + (e < 0 ? 0 : Integer.parseInt(s.substring(e + 1)));
        if (point <= 0) {
            digits.insert(0, "0".repeat(1 - point));
            point = 1;
        }
        int keep = point + decimals;
        while (digits.length() <= keep) {
            digits.append('0');
        }
        boolean up = digits.charAt(keep) >= '5';
        digits.setLength(keep);
        for (int k = keep - 1; up && k >= 0; k--) {
            char c = digits.charAt(k);
            if (c == '9') {
                digits.setCharAt(k, '0');
            } else {
                digits.setCharAt(k, (char) (c + 1));
                up = false;
            }
        }
        if (up) {
            digits.insert(0, '1');
            point++;
        }
        // drop leading zeros of the whole part, keeping one
        int lead = 0;
        while (lead < point - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        StringBuilder out = new StringBuilder(digits.length() + 2);
        if (negative) {
            out.append('-');
        }
        out.append(digits, lead, point);
        if (decimals > 0) {
            out.append('.').append(digits, point, point + decimals);
        }
        return out.toString();
    }

    /** {@code ratio} as a percentage with {@code decimals} places, or "undefined". */
    static String percent(double ratio, int decimals) {
        return Double.isNaN(ratio) ? "undefined" : fixed(ratio * 100, decimals);
    }

    /** {@code s} right-aligned in {@code width} columns (as {@code %Ns}). */
    static String right(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    /** {@code s} left-aligned in {@code width} columns (as {@code %-Ns}). */
    static String left(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** As {@link #percent} followed by "%", or "undefined" alone (never "undefined%"). */
    static String percentWithSign(double ratio, int decimals) {
        return Double.isNaN(ratio) ? "undefined" : percent(ratio, decimals) + "%";
    }

    /** {@code part / whole} as a percentage with one decimal, sclite style; "-" for 0/0. */
    static String share(long part, long whole) {
        return whole == 0 ? "-" : fixed(100.0 * part / whole, 1);
    }

    /** A ratio with 8 decimals (the peers' precision), or "undefined". */
    static String ratio(double r) {
        return Double.isNaN(r) ? "undefined" : fixed(r, 8);
    }
}
