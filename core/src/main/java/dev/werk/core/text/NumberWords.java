package dev.werk.core.text;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The vocabulary of Whisper's EnglishNumberNormalizer, built the same way (including its
 * spellings such as {@code nineth}): number words with their values and suffixes, prefixers,
 * suffixers and the special words {@code and double triple point}.
 */
final class NumberWords {
    /** A number word with a suffix: {@code thirds} is (3, "s"), {@code thirtieth} is (30, "th"). */
    static final class Suffixed {
        final BigInteger value;
        final String suffix;

        Suffixed(BigInteger value, String suffix) {
            this.value = value;
            this.suffix = suffix;
        }
    }

    static final Set<String> ZEROS = new HashSet<>(List.of("o", "oh", "zero"));
    static final Map<String, Integer> ONES = new HashMap<>();
    static final Map<String, Suffixed> ONES_SUFFIXED = new HashMap<>();
    static final Map<String, Integer> TENS = new HashMap<>();
    static final Map<String, Suffixed> TENS_SUFFIXED = new HashMap<>();
    static final Map<String, BigInteger> MULTIPLIERS = new HashMap<>();
    static final Map<String, Suffixed> MULTIPLIERS_SUFFIXED = new HashMap<>();
    static final Set<String> DECIMALS = new HashSet<>();
    static final Map<String, String> PRECEDING_PREFIXERS = new HashMap<>(Map.of("minus", "-", "negative", "-", "plus", "+", "positive", "+"));
    static final Map<String, String> FOLLOWING_PREFIXERS = new HashMap<>(Map.of(
            "pound", "£", "pounds", "£", "euro", "€", "euros", "€",
            "dollar", "$", "dollars", "$", "cent", "¢", "cents", "¢"));
    /** The first characters that make a token a prefixed number, e.g. {@code $20}. */
    static final String PREFIXES = "-+£€$¢";
    static final String PER = "per";
    static final String PERCENT = "percent";
    static final Set<String> SPECIALS = new HashSet<>(List.of("and", "double", "triple", "point"));
    /** Every word the number normaliser treats specially. */
    static final Set<String> WORDS = new HashSet<>();

    static {
        List<String> ones = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                "eighteen", "nineteen");
        for (int k = 0; k < ones.size(); k++) {
            ONES.put(ones.get(k), k + 1);
        }
        for (int k = 0; k < ones.size(); k++) {
            String name = ones.get(k);
            ONES_SUFFIXED.put(name.equals("six") ? "sixes" : name + "s", suffixed(k + 1, "s"));
        }
        ONES_SUFFIXED.put("zeroth", suffixed(0, "th"));
        ONES_SUFFIXED.put("first", suffixed(1, "st"));
        ONES_SUFFIXED.put("second", suffixed(2, "nd"));
        ONES_SUFFIXED.put("third", suffixed(3, "rd"));
        ONES_SUFFIXED.put("fifth", suffixed(5, "th"));
        ONES_SUFFIXED.put("twelfth", suffixed(12, "th"));
        for (int k = 0; k < ones.size(); k++) {
            int value = k + 1;
            String name = ones.get(k);
            if (value > 3 && value != 5 && value != 12) {
                ONES_SUFFIXED.put(name + (name.endsWith("t") ? "h" : "th"), suffixed(value, "th"));
            }
        }
        List<String> tens = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
        for (int k = 0; k < tens.size(); k++) {
            int value = 20 + 10 * k;
            TENS.put(tens.get(k), value);
            TENS_SUFFIXED.put(tens.get(k).replace("y", "ies"), suffixed(value, "s"));
        }
        for (int k = 0; k < tens.size(); k++) {
            TENS_SUFFIXED.put(tens.get(k).replace("y", "ieth"), suffixed(20 + 10 * k, "th"));
        }
        List<String> multipliers = List.of("hundred", "thousand", "million", "billion", "trillion", "quadrillion",
                "quintillion", "sextillion", "septillion", "octillion", "nonillion", "decillion");
        for (int k = 0; k < multipliers.size(); k++) {
            BigInteger value = k == 0 ? BigInteger.valueOf(100) : BigInteger.TEN.pow(3 * k);
            MULTIPLIERS.put(multipliers.get(k), value);
            MULTIPLIERS_SUFFIXED.put(multipliers.get(k) + "s", new Suffixed(value, "s"));
        }
        for (int k = 0; k < multipliers.size(); k++) {
            MULTIPLIERS_SUFFIXED.put(multipliers.get(k) + "th", new Suffixed(MULTIPLIERS.get(multipliers.get(k)), "th"));
        }
        DECIMALS.addAll(ONES.keySet());
        DECIMALS.addAll(TENS.keySet());
        DECIMALS.addAll(ZEROS);
        for (Map<String, ?> m : List.of(ONES, ONES_SUFFIXED, TENS, TENS_SUFFIXED, MULTIPLIERS,
                MULTIPLIERS_SUFFIXED, PRECEDING_PREFIXERS, FOLLOWING_PREFIXERS)) {
            WORDS.addAll(m.keySet());
        }
        WORDS.addAll(ZEROS);
        WORDS.addAll(SPECIALS);
        WORDS.add(PER);
        WORDS.add(PERCENT);
    }

    private NumberWords() {
    }

    private static Suffixed suffixed(int value, String suffix) {
        return new Suffixed(BigInteger.valueOf(value), suffix);
    }
}
