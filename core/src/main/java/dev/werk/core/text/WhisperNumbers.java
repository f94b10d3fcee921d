package dev.werk.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code whisper-numbers}: Whisper's EnglishNumberNormalizer. Spelled-out numbers become digits
 * ({@code nineteen ninety nine} → {@code 1999}, {@code thirty first} → {@code 31st}, {@code two
 * point five million} → {@code 2500000}), currency words become signs in front ({@code twenty
 * dollars} → {@code $20}), {@code percent} and {@code per cent} become {@code %}, and digits are
 * split from letters ({@code 10km} → {@code 10 km}) except ordinal and plural suffixes.
 *
 * <p>The steps, all Whisper's: pre-processing ({@code <n> and a half} → {@code <n> point five},
 * letter/digit splitting), {@link SpelledNumbers} over the words, then post-processing (cents
 * combined as in {@code $2.70}, {@code $0.36} → {@code ¢36}, a lone {@code 1} written {@code one}).
 */
final class WhisperNumbers implements Step {
    static final String NAME = "whisper-numbers";
    private static final Pattern AND_A_HALF = PyRegex.compile("\\band\\s+a\\s+half\\b");
    private static final Pattern LETTER_DIGIT = PyRegex.compile("([a-z])([0-9])");
    private static final Pattern DIGIT_LETTER = PyRegex.compile("([0-9])([a-z])");
    private static final Pattern DIGIT_SUFFIX = PyRegex.compile("([0-9])\\s+(st|nd|rd|th|s)\\b");
    private static final Pattern CENTS = PyRegex.compile("([€£$])([0-9]+) (?:and )?¢([0-9]{1,2})\\b");
    private static final Pattern ONLY_CENTS = PyRegex.compile("[€£$]0.([0-9]{1,2})\\b");
    private static final Pattern ONE = PyRegex.compile("\\b1(s?)\\b");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String apply(String text) {
        String s = preprocess(text);
        s = String.join(" ", SpelledNumbers.process(Chars.words(s)));
        return postprocess(s);
    }

    static String preprocess(String text) {
        String s = text;
        if (s.contains("half")) {
            s = andAHalf(s);
        }
        if (!hasAsciiDigit(s)) {
            return s; // the three rules below all need a digit 0-9
        }
        s = PyRegex.sub(LETTER_DIGIT, "$1 $2", s);
        s = PyRegex.sub(DIGIT_LETTER, "$1 $2", s);
        return PyRegex.sub(DIGIT_SUFFIX, "$1$2", s);
    }

    /** "&lt;number&gt; and a half" → "&lt;number&gt; point five", with Python's quirks kept. */
    private static String andAHalf(String s) {
        String[] segments = AND_A_HALF.split(s, -1);
        List<String> results = new ArrayList<>();
        for (int k = 0; k < segments.length; k++) {
            String segment = segments[k];
            List<String> words = Chars.words(segment);
            if (words.isEmpty()) {
                continue; // Python drops the segment and the "and a half" after it
            }
            results.add(segment);
            if (k < segments.length - 1) {
                String last = words.get(words.size() - 1);
                boolean numeric = NumberWords.DECIMALS.contains(last) || NumberWords.MULTIPLIERS.containsKey(last);
                results.add(numeric ? "point five" : "and a half");
            }
        }
        return String.join(" ", results);
    }

    static String postprocess(String text) {
        String s = text;
        if (s.indexOf('¢') >= 0) {
            s = PyRegex.sub(CENTS, m -> m.group(1) + m.group(2) + "." + twoDigits(m.group(3)), s);
        }
        if (s.indexOf('0') >= 0) {
            s = PyRegex.sub(ONLY_CENTS, m -> "¢" + Integer.parseInt(m.group(1)), s);
        }
        return s.indexOf('1') >= 0 ? PyRegex.sub(ONE, "one$1", s) : s;
    }

    private static boolean hasAsciiDigit(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static String twoDigits(String digits) {
        return digits.length() == 1 ? "0" + digits : digits;
    }
}
