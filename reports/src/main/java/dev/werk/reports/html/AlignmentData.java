package dev.werk.reports.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code alignments} of a compare result in the page's compact form, read straight from the
 * JSON stream (the bulk of a result: building a tree of its millions of tokens would cost more than
 * the rest of the report): per item one JSON text {@code {u: [{id, r, t, s: [{h, o, r?, tm?, fa?}]}]}}
 * with tokens as numbers into one shared vocabulary. Every text is safe inside a script element.
 *
 * @param items  the items' names, in result order
 * @param blocks per item its compact JSON
 * @param vocab  the tokens, by number
 */
record AlignmentData(List<String> items, List<String> blocks, List<String> vocab) {
    private static final JsonFactory FACTORY = new JsonFactory();

    AlignmentData {
        items = List.copyOf(items);
        blocks = List.copyOf(blocks);
        vocab = List.copyOf(vocab);
    }

    /** No alignments. */
    static AlignmentData none() {
        return new AlignmentData(List.of(), List.of(), List.of());
    }

    /** Reads the array at the parser (positioned on its START_ARRAY), leaving it on the END_ARRAY. */
    static AlignmentData read(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_ARRAY, p);
        Map<String, Integer> vocab = new HashMap<>();
        List<String> words = new ArrayList<>();
        List<String> items = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            StringWriter w = new StringWriter(1 << 16);
            String name = null;
            try (JsonGenerator g = generator(w)) {
                g.writeStartObject();
                g.writeArrayFieldStart("u");
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    p.nextToken();
                    if (f.equals("item")) {
                        name = p.getText();
                    } else if (f.equals("utterances")) {
                        expect(p.currentToken(), JsonToken.START_ARRAY, p);
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            utterance(p, g, vocab, words);
                        }
                    } else {
                        p.skipChildren();
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            items.add(name == null ? "" : name);
            blocks.add(w.toString());
        }
        return new AlignmentData(items, blocks, words);
    }

    private static void utterance(JsonParser p, JsonGenerator g, Map<String, Integer> vocab, List<String> words) throws IOException {
        g.writeStartObject();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "id" -> g.writeStringField("id", p.getText());
                case "reference" -> ids(p, g, "r", vocab, words);
                case "terms" -> copy(p, g, "t");
                case "systems" -> {
                    expect(p.currentToken(), JsonToken.START_ARRAY, p);
                    g.writeArrayFieldStart("s");
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        g.writeStartObject();
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String sf = p.currentName();
                            p.nextToken();
                            switch (sf) {
                                case "hypothesis" -> ids(p, g, "h", vocab, words);
                                case "ops" -> g.writeStringField("o", p.getText());
                                case "reference" -> ids(p, g, "r", vocab, words);
                                case "terms" -> copy(p, g, "t");
                                case "falseAlarms" -> copy(p, g, "fa");
                                case "termMatches" -> {
                                    g.writeArrayFieldStart("tm");
                                    while (p.nextToken() != JsonToken.END_ARRAY) {
                                        g.writeString("miss".equals(p.getText()) ? "x" : p.getText());
                                    }
                                    g.writeEndArray();
                                }
                                default -> p.skipChildren();
                            }
                        }
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                default -> p.skipChildren();
            }
        }
        g.writeEndObject();
    }

    private static void ids(JsonParser p, JsonGenerator g, String name, Map<String, Integer> vocab, List<String> words)
            throws IOException {
        expect(p.currentToken(), JsonToken.START_ARRAY, p);
        g.writeArrayFieldStart(name);
        while (p.nextToken() == JsonToken.VALUE_STRING) {
            String t = p.getText();
            Integer id = vocab.get(t);
            if (id == null) {
                id = words.size();
                vocab.put(t, id);
                words.add(t);
            }
            g.writeNumber(id);
        }
        g.writeEndArray();
    }

    /** Copies a small array of numbers or arrays of numbers (term spans) as it is. */
    private static void copy(JsonParser p, JsonGenerator g, String name) throws IOException {
        g.writeFieldName(name);
        g.copyCurrentStructure(p);
    }

    private static void expect(JsonToken got, JsonToken want, JsonParser p) throws IOException {
        if (got != want) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "alignments: expected " + want + ", got " + got);
        }
    }

    /** The vocabulary and names as one script-safe JSON text: {systems, baseline, line, page, vocab}. */
    String pageJson(List<String> systems, int baseline, int line, int page) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = generator(w)) {
            g.writeStartObject();
            g.writeArrayFieldStart("systems");
            for (String s : systems) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeNumberField("baseline", baseline);
            g.writeNumberField("line", line);
            g.writeNumberField("page", page);
            g.writeArrayFieldStart("vocab");
            for (String v : vocab) {
                g.writeString(v);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }

    /** A generator whose output is safe inside a script element: no {@code <}, {@code >}, {@code &}, {@code /} or {@code :} appear raw. */
    static JsonGenerator generator(StringWriter w) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(w);
        g.setCharacterEscapes(ScriptSafe.INSTANCE);
        return g;
    }

    private static final class ScriptSafe extends CharacterEscapes {
        static final ScriptSafe INSTANCE = new ScriptSafe();
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        private ScriptSafe() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
            // and no "//" or "http:" from a transcript, which checks for network addresses would flag
            escapes['/'] = ESCAPE_STANDARD;
            escapes[':'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // U+2028 and U+2029 end a line in older JavaScript parsers
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
