package dev.werk.core.io;

import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * Times as the timed formats write them: decimal seconds. Parsing is strict (a time that is not a
 * number is a data error). A CTM word's end is stored as the decimal sum begin + duration (rounded
 * once to a double), so its duration as written can be recovered exactly, and the placement
 * arithmetic can be done the way sclite does it in binary floating point: midpoint =
 * begin + duration / 2 and end = begin + duration. That matters for words whose midpoint lies
 * exactly on a segment boundary, which sclite's own test data has.
 */
final class Times {
    private Times() {
    }

    /**
     * Parses a decimal time or throws naming the file, the line and the field: a value that is not
     * a number, or one too large for a double ({@code 1e400}), is bad data.
     */
    static BigDecimal parse(String value, String field, Path file, int line) {
        BigDecimal v;
        try {
            v = new BigDecimal(value);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new WerkDataException(file, line, field + " '" + value + "' is not a number");
        }
        if (Double.isInfinite(v.doubleValue())) {
            throw new WerkDataException(file, line, overflow(field, value));
        }
        return v;
    }

    /** The message for a number too large to hold. */
    static String overflow(String field, String value) {
        return field + " '" + value + "' is too large (beyond " + Double.MAX_VALUE + ")";
    }

    /** The decimal sum {@code begin + duration}, rounded once to a double; bad data when it overflows. */
    static double end(BigDecimal begin, BigDecimal duration, Path file, int line) {
        double end = begin.add(duration).doubleValue();
        if (Double.isInfinite(end)) {
            throw new WerkDataException(file, line, overflow("end time (begin + duration)", begin.add(duration).toString()));
        }
        return end;
    }

    /** The duration as written, recovered from a begin and an end made by {@link #end}. */
    static double duration(double start, double end) {
        return BigDecimal.valueOf(end).subtract(BigDecimal.valueOf(start)).doubleValue();
    }

    /** sclite's midpoint of a word: {@code begin + duration / 2.0} in double arithmetic. */
    static double scliteMidpoint(double start, double end) {
        return start + duration(start, end) / 2.0;
    }

    /** sclite's end of a word: {@code begin + duration} in double arithmetic. */
    static double scliteEnd(double start, double end) {
        return start + duration(start, end);
    }
}
