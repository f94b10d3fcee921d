package dev.werk.core.fstalign;

import java.util.List;

/**
 * One reference token as fstalign reads an NLP row ({@code Nlp.cpp}).
 *
 * @param token   the token column, trimmed of spaces and tabs, case kept
 * @param line    the file line (1-based)
 * @param label   the first label of the {@code tags} column, e.g. {@code 0:YEAR}; empty for none
 * @param werTags the ids of the {@code wer_tags} column, in order
 * @param speaker the speaker column, trimmed; empty for none
 * @param punctuation the punctuation column, trimmed; empty for none
 * @param casing  the {@code case} column, trimmed ({@code LC}, {@code UC}, …); empty for none
 * @param written the columns only fstalign's aligned NLP output copies ({@code --output-nlp})
 */
record RefRow(String token, int line, String label, List<String> werTags, String speaker, String punctuation,
              String casing, Written written) {
    /**
     * Columns as written: {@code tags} (the whole field, e.g. {@code ['1:CARDINAL']}), {@code ts},
     * {@code endTs}, {@code prepunctuation} and {@code confidence}; empty where the file has none.
     * Cut from the row's line only when first asked for (only {@code --output-nlp} reads them), so
     * reading a reference costs no more than before.
     */
    static final class Written {
        static final Written NONE = of("", "", "", "", "");

        private final String line;
        private final int[] columns;
        private String[] values;

        private Written(String line, int[] columns, String[] values) {
            this.line = line;
            this.columns = columns;
            this.values = values;
        }

        /** These values. */
        static Written of(String tags, String ts, String endTs, String prepunctuation, String confidence) {
            return new Written(null, null, new String[] {tags, ts, endTs, prepunctuation, confidence});
        }

        /** The fields of {@code line} at {@code columns} (tags, ts, endTs, prepunctuation, confidence; -1: none), cut when asked. */
        static Written of(String line, int[] columns) {
            return new Written(line, columns, null);
        }

        String tags() {
            return values()[0];
        }

        String ts() {
            return values()[1];
        }

        String endTs() {
            return values()[2];
        }

        String prepunctuation() {
            return values()[3];
        }

        String confidence() {
            return values()[4];
        }

        private String[] values() {
            if (values == null) {
                values = NlpReference.fields(line, columns);
            }
            return values;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Written w && java.util.Arrays.equals(values(), w.values());
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(values());
        }
    }

    RefRow {
        werTags = List.copyOf(werTags);
    }

    RefRow(String token, int line, String label, List<String> werTags, String speaker, String punctuation, String casing) {
        this(token, line, label, werTags, speaker, punctuation, casing, Written.NONE);
    }

    RefRow(String token, int line, String label, List<String> werTags) {
        this(token, line, label, werTags, "", "", "");
    }

    RefRow(String token, int line, String label, List<String> werTags, String speaker, String punctuation) {
        this(token, line, label, werTags, speaker, punctuation, "");
    }

    /** The label's id (the text before its first ':'), or empty when the row has no label. */
    String labelId() {
        int colon = label.indexOf(':');
        return colon < 0 ? label : label.substring(0, colon);
    }

    /** The label's class (the text after its first ':'), or empty. */
    String labelClass() {
        int colon = label.indexOf(':');
        return colon < 0 ? "" : label.substring(colon + 1);
    }
}
