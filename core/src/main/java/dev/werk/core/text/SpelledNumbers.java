package dev.werk.core.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whisper's {@code EnglishNumberNormalizer.process_words}, ported decision for decision: reads a
 * list of words left to right, accumulating a number, and writes words out. The pending number
 * {@code value} is null, a {@link BigInteger} (Python int) or a {@link String} (digits built by
 * concatenation, possibly with a decimal point), exactly as in Python, because the branches test
 * which of the three it is. One instance serves one call.
 */
final class SpelledNumbers {
    /** What Python's {@code Fraction(str)} accepts among the strings this class builds. */
    private static final Pattern FRACTION = Pattern.compile("(?=\\p{Nd}|\\.\\p{Nd})\\p{Nd}*(?:\\.\\p{Nd}*)?");

    private final List<String> out = new ArrayList<>();
    private String prefix;
    private Object value;
    /**
     * With offsets only: for each output word, the input words it came from, {@code [from, to)}
     * packed as {@code from << 32 | to}; {@link #pending} is the first input word of the pending
     * value or prefix (-1 when none), {@link #current} the word being read.
     */
    private final List<Long> sources;
    private int pending = -1;
    /** With offsets only: after the last input word taken into the pending value or prefix. */
    private int pendingEnd;
    private int current;

    private SpelledNumbers(boolean track) {
        this.sources = track ? new ArrayList<>() : null;
    }

    static List<String> process(List<String> words) {
        SpelledNumbers p = new SpelledNumbers(false);
        p.run(words);
        return p.out;
    }

    /**
     * {@link #process} that also says where each output word came from: fills {@code sources} with
     * one {@code from << 32 | to} range of input word indexes per output word. A word the number
     * parser drops ({@code and} after {@code hundred}, a {@code point} before no digit) belongs to
     * no output word, unless a number spans it.
     */
    static List<String> process(List<String> words, List<Long> sources) {
        SpelledNumbers p = new SpelledNumbers(true);
        p.run(words);
        sources.addAll(p.sources);
        return p.out;
    }

    /** Marks input word {@code k} as part of the pending value or prefix. */
    private void take(int k) {
        if (sources != null) {
            if (pending < 0) {
                pending = k;
            }
            pendingEnd = Math.max(pendingEnd, k + 1);
        }
    }

    private void run(List<String> words) {
        boolean skip = false;
        for (int k = 0; k < words.size(); k++) {
            if (skip) {
                skip = false;
                continue;
            }
            String prev = k > 0 ? words.get(k - 1) : null;
            String current = words.get(k);
            String next = k + 1 < words.size() ? words.get(k + 1) : null;
            this.current = k;
            skip = step(prev, current, next);
        }
        if (value != null) {
            this.current = words.size();
            output(value);
        }
    }

    /** Handles one word; returns true when the next word was consumed too. */
    private boolean step(String prev, String current, String next) {
        boolean nextIsNumeric = next != null && isNumeric(next);
        boolean hasPrefix = NumberWords.PREFIXES.indexOf(current.charAt(0)) >= 0;
        String withoutPrefix = hasPrefix ? current.substring(1) : current;
        int k = this.current;
        if (isNumeric(withoutPrefix)) {
            arabic(current, withoutPrefix, hasPrefix);
        } else if (!NumberWords.WORDS.contains(current)) {
            flush();
            outputCurrent(current);
        } else if (NumberWords.ZEROS.contains(current)) {
            value = orEmpty(value) + "0";
            take(k);
        } else if (NumberWords.ONES.containsKey(current)) {
            value = ones(NumberWords.ONES.get(current), prev);
            take(k);
        } else if (NumberWords.ONES_SUFFIXED.containsKey(current)) {
            NumberWords.Suffixed s = NumberWords.ONES_SUFFIXED.get(current);
            String result = ones(s.value.intValueExact(), prev) + s.suffix;
            outputCurrent(result);
            value = null;
        } else if (NumberWords.TENS.containsKey(current)) {
            value = tens(NumberWords.TENS.get(current));
            take(k);
        } else if (NumberWords.TENS_SUFFIXED.containsKey(current)) {
            NumberWords.Suffixed s = NumberWords.TENS_SUFFIXED.get(current);
            outputCurrent(tens(s.value.intValueExact()) + s.suffix);
        } else if (NumberWords.MULTIPLIERS.containsKey(current)) {
            multiplier(NumberWords.MULTIPLIERS.get(current));
        } else if (NumberWords.MULTIPLIERS_SUFFIXED.containsKey(current)) {
            suffixedMultiplier(NumberWords.MULTIPLIERS_SUFFIXED.get(current));
        } else if (NumberWords.PRECEDING_PREFIXERS.containsKey(current)) {
            flush();
            if (NumberWords.WORDS.contains(next) || nextIsNumeric) {
                prefix = NumberWords.PRECEDING_PREFIXERS.get(current);
                take(k);
            } else {
                outputCurrent(current);
            }
        } else if (NumberWords.FOLLOWING_PREFIXERS.containsKey(current)) {
            if (value != null) {
                prefix = NumberWords.FOLLOWING_PREFIXERS.get(current);
                outputCurrent(value);
            } else {
                outputCurrent(current);
            }
        } else if (current.equals(NumberWords.PER) || current.equals(NumberWords.PERCENT)) {
            return suffixer(current, next);
        } else {
            return special(prev, current, next, nextIsNumeric);
        }
        return false;
    }

    private void arabic(String current, String withoutPrefix, boolean hasPrefix) {
        if (value != null) {
            if (value instanceof String && ((String) value).endsWith(".")) {
                value = value + current; // decimals and IP address parts: Python keeps the prefix too
                take(this.current);
                return;
            }
            output(value);
        }
        if (hasPrefix) {
            prefix = current.substring(0, 1);
        }
        BigDecimal f = toFraction(withoutPrefix);
        value = isInteger(f) ? f.toBigIntegerExact() : withoutPrefix;
        take(this.current);
    }

    /** The value after a word of the ones (1..19), as Python's ones branch computes it. */
    private Object ones(int ones, String prev) {
        BigInteger n = BigInteger.valueOf(ones);
        if (value == null) {
            return n;
        }
        if (value instanceof String || NumberWords.ONES.containsKey(prev)) {
            String v = value.toString();
            if (NumberWords.TENS.containsKey(prev) && ones < 10) {
                return v.substring(0, v.length() - 1) + ones; // replace the last zero with the digit
            }
            return v + ones;
        }
        BigInteger v = (BigInteger) value;
        BigInteger modulus = BigInteger.valueOf(ones < 10 ? 10 : 100);
        return v.mod(modulus).signum() == 0 ? v.add(n) : v.toString() + ones;
    }

    private Object tens(int tens) {
        if (value == null) {
            return BigInteger.valueOf(tens);
        }
        if (value instanceof String) {
            return value.toString() + tens;
        }
        BigInteger v = (BigInteger) value;
        return v.mod(BigInteger.valueOf(100)).signum() == 0 ? v.add(BigInteger.valueOf(tens)) : v.toString() + tens;
    }

    private void multiplier(BigInteger multiplier) {
        if (value == null) {
            value = multiplier;
        } else if (value instanceof String || ((BigInteger) value).signum() == 0) {
            BigDecimal f = toFraction(value);
            BigDecimal p = f == null ? null : f.multiply(new BigDecimal(multiplier));
            if (p != null && isInteger(p)) {
                value = p.toBigIntegerExact();
            } else {
                output(value);
                value = multiplier;
            }
        } else {
            value = scale((BigInteger) value, multiplier);
        }
        take(current);
    }

    private void suffixedMultiplier(NumberWords.Suffixed s) {
        if (value == null) {
            outputCurrent(s.value + s.suffix);
        } else if (value instanceof String) {
            BigDecimal f = toFraction(value);
            BigDecimal p = f == null ? null : f.multiply(new BigDecimal(s.value));
            if (p != null && isInteger(p)) {
                outputCurrent(p.toBigIntegerExact() + s.suffix);
            } else {
                output(value);
                outputCurrent(s.value + s.suffix);
            }
        } else {
            outputCurrent(scale((BigInteger) value, s.value) + s.suffix);
        }
        value = null;
    }

    /** {@code value // 1000 * 1000 + value % 1000 * multiplier}. */
    private static BigInteger scale(BigInteger value, BigInteger multiplier) {
        BigInteger[] qr = value.divideAndRemainder(BigInteger.valueOf(1000));
        return qr[0].multiply(BigInteger.valueOf(1000)).add(qr[1].multiply(multiplier));
    }

    private boolean suffixer(String current, String next) {
        if (value == null) {
            outputCurrent(current);
        } else if (current.equals(NumberWords.PERCENT)) {
            outputCurrent(value + "%");
        } else if ("cent".equals(next)) {
            take(this.current);
            this.current++; // "per cent": the output spans both words
            outputCurrent(value + "%");
            return true;
        } else {
            output(value);
            outputCurrent(current);
        }
        return false;
    }

    private boolean special(String prev, String current, String next, boolean nextIsNumeric) {
        if (!NumberWords.WORDS.contains(next) && !nextIsNumeric) {
            // special handling only when the next word can be numeric
            flush();
            outputCurrent(current);
        } else if (current.equals("and")) {
            if (!NumberWords.MULTIPLIERS.containsKey(prev)) { // "and" after hundred, thousand... is dropped
                flush();
                outputCurrent(current);
            }
        } else if (current.equals("double") || current.equals("triple")) {
            if (NumberWords.ONES.containsKey(next) || NumberWords.ZEROS.contains(next)) {
                String digit = String.valueOf(NumberWords.ONES.getOrDefault(next, 0));
                value = orEmpty(value) + digit.repeat(current.equals("double") ? 2 : 3);
                take(this.current);
                take(this.current + 1); // the digit word is consumed too
                return true;
            }
            flush();
            outputCurrent(current);
        } else if (current.equals("point")) {
            if (NumberWords.DECIMALS.contains(next) || nextIsNumeric) {
                value = orEmpty(value) + ".";
                take(this.current);
            }
        } else {
            throw new IllegalStateException("unexpected token: " + current);
        }
        return false;
    }

    private void flush() {
        if (value != null) {
            output(value);
        }
    }

    /**
     * Python's {@code output}: writes prefix + result and clears both. The output comes from the
     * words taken into it, not from a word dropped after them ({@code and} in {@code eight
     * million and five million}).
     */
    private void output(Object result) {
        out.add(prefix == null ? result.toString() : prefix + result);
        value = null;
        prefix = null;
        if (sources != null) {
            int from = pending < 0 ? current : pending;
            int to = pending < 0 ? current + 1 : pendingEnd;
            sources.add(((long) from << 32) | to);
            pending = -1;
            pendingEnd = 0;
        }
    }

    /** {@link #output} of something that includes the current word. */
    private void outputCurrent(Object result) {
        take(current);
        current++;
        output(result);
        current--;
    }

    /** Python's {@code str(value or "")}: None, 0 and "" are all falsy. */
    private static String orEmpty(Object value) {
        if (value == null || (value instanceof BigInteger && ((BigInteger) value).signum() == 0)) {
            return "";
        }
        return value.toString();
    }

    /** Python's {@code Fraction(value)}, or null where it raises ValueError. */
    private static BigDecimal toFraction(Object value) {
        if (value instanceof BigInteger) {
            return new BigDecimal((BigInteger) value);
        }
        String s = (String) value;
        if (!FRACTION.matcher(s).matches()) {
            return null;
        }
        StringBuilder ascii = new StringBuilder(s.length() + 1);
        s.codePoints().forEach(cp -> ascii.append(cp == '.' ? '.' : Character.forDigit(Character.digit(cp, 10), 10)));
        if (ascii.charAt(0) == '.') {
            ascii.insert(0, '0');
        }
        if (ascii.charAt(ascii.length() - 1) == '.') {
            ascii.setLength(ascii.length() - 1);
        }
        return new BigDecimal(ascii.toString());
    }

    /** Python's {@code re.match(r"^\d+(\.\d+)?$", s)}: decimal digits (Nd), optionally a point and more. */
    static boolean isNumeric(String s) {
        int n = s.length();
        int k = digits(s, 0);
        if (k == 0) {
            return false;
        }
        if (k == n) {
            return true;
        }
        if (s.charAt(k) != '.') {
            return false;
        }
        int end = digits(s, k + 1);
        return end > k + 1 && end == n;
    }

    /** The index after the run of decimal digits starting at {@code from}. */
    private static int digits(String s, int from) {
        int k = from;
        while (k < s.length()) {
            int cp = s.codePointAt(k);
            if (Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) {
                break;
            }
            k += Character.charCount(cp);
        }
        return k;
    }

    private static boolean isInteger(BigDecimal d) {
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }
}
