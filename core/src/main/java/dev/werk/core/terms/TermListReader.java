package dev.werk.core.terms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvException;
import dev.werk.core.io.TextFiles;
import dev.werk.core.io.WerkDataException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads term lists (see {@link TermListFormat}): plain text, CSV with variants, Amazon Transcribe
 * custom vocabulary tables, and per-utterance lists (TSV or JSON Lines). Reads as strict UTF-8;
 * terms and fields are stripped of surrounding whitespace. Bad input stops with a {@link
 * WerkDataException} naming the file and line.
 */
public final class TermListReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Names of the utterance id: a per-utterance TSV's header cell, a JSONL object's key. */
    private static final List<String> ID_HEADERS = List.of("id", "utterance", "utterance_id", "utt_id", "uttid");
    /** Keys of a JSONL object's terms. */
    private static final List<String> TERMS_KEYS = List.of("terms", "biasing_words", "words");

    private TermListReader() {
    }

    /**
     * Reads {@code file} in the format its name implies: {@code .csv} CSV, {@code .jsonl}
     * per-utterance JSON Lines, {@code .tsv} a Transcribe table when a word of its first line is
     * a column name (Phrase, IPA, SoundsLike, DisplayAs, in any case) and a per-utterance TSV
     * otherwise, anything else plain text.
     */
    public static TermList read(Path file) throws IOException {
        return read(file, null);
    }

    /** Reads {@code file} as {@code format} (null: from its name, see {@link #read(Path)}). */
    public static TermList read(Path file, TermListFormat format) throws IOException {
        String text = TextFiles.readUtf8(file);
        TermListFormat f = format != null ? format : TermListFormat.fromExtension(file);
        if (f == null) {
            f = looksLikeTable(text) ? TermListFormat.TRANSCRIBE : TermListFormat.UTTERANCE_TSV;
        }
        return switch (f) {
            case PLAIN -> plain(file, text);
            case CSV -> csv(file, text);
            case TRANSCRIBE -> transcribe(file, text);
            case UTTERANCE_TSV -> utteranceTsv(file, text);
            case UTTERANCE_JSONL -> utteranceJsonl(file, text);
        };
    }

    private static boolean looksLikeTable(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        for (String word : first.strip().split("\\s+")) {
            for (String c : VocabularyTable.COLUMNS) {
                if (c.equalsIgnoreCase(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static TermList plain(Path file, String text) {
        List<TermList.Entry> entries = new ArrayList<>();
        TextFiles.forEachLine(text, (number, content) -> {
            String t = content.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                entries.add(new TermList.Entry(t, List.of(), number));
            }
        });
        return new TermList(file, TermListFormat.PLAIN, entries, List.of());
    }

    private static TermList csv(Path file, String text) throws IOException {
        List<TermList.Entry> entries = new ArrayList<>();
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(text)).build()) {
            long before = 0;
            String[] row;
            while (true) {
                try {
                    row = reader.readNext();
                } catch (CsvException e) {
                    throw new WerkDataException(file, before + 1, "not valid CSV: " + e.getMessage());
                }
                if (row == null) {
                    break;
                }
                long line = before + 1;
                before = reader.getLinesRead();
                String term = row[0].strip();
                if (row.length == 1 && term.isEmpty() || term.startsWith("#")) {
                    continue;
                }
                if (line == 1 && term.toLowerCase(Locale.ROOT).equals("term")) {
                    continue; // a header row
                }
                List<String> variants = new ArrayList<>();
                for (int k = 1; k < row.length; k++) {
                    String v = row[k].strip();
                    if (!v.isEmpty()) {
                        variants.add(v);
                    }
                }
                if (term.isEmpty()) {
                    if (variants.isEmpty()) {
                        continue;
                    }
                    throw new WerkDataException(file, line, "the first column (the term) is empty");
                }
                entries.add(new TermList.Entry(term, variants, line));
            }
        }
        return new TermList(file, TermListFormat.CSV, entries, List.of());
    }

    private static TermList transcribe(Path file, String text) {
        VocabularyTable table = VocabularyTable.parse(text);
        List<String> header = table.headerProblems();
        if (!header.isEmpty()) {
            throw new WerkDataException(file, 1, "Transcribe vocabulary table: " + header.get(0));
        }
        int phrase = table.column(VocabularyTable.PHRASE);
        int display = table.column(VocabularyTable.DISPLAY_AS);
        List<TermList.Entry> entries = new ArrayList<>();
        for (VocabularyTable.Row row : table.rows) {
            if (row.blank()) {
                continue;
            }
            if (row.fields().size() > table.header.size()) {
                throw new WerkDataException(file, row.line(), row.fields().size() + " fields where the header has "
                        + table.header.size() + ": columns are separated by single tabs");
            }
            String p = row.field(phrase).strip();
            String d = row.field(display).strip();
            if (p.isEmpty() && d.isEmpty()) {
                throw new WerkDataException(file, row.line(), "the row has neither a Phrase nor a DisplayAs");
            }
            List<String> variants = p.isEmpty() ? List.of() : List.of(PhraseWords.read(p));
            entries.add(new TermList.Entry(d.isEmpty() ? p : d, variants, row.line()));
        }
        return new TermList(file, TermListFormat.TRANSCRIBE, entries, List.of());
    }

    private static TermList utteranceTsv(Path file, String text) {
        List<TermList.UtteranceEntry> utterances = new ArrayList<>();
        TextFiles.forEachLine(text, (number, content) -> {
            if (content.isBlank() || content.strip().startsWith("#")) {
                return;
            }
            String[] fields = content.split("\t", -1);
            String id = fields[0].strip();
            if (number == 1 && ID_HEADERS.contains(id.toLowerCase(Locale.ROOT))) {
                return; // a header row
            }
            if (id.isEmpty()) {
                throw new WerkDataException(file, number, "the first field (the utterance id) is empty");
            }
            List<String> terms = new ArrayList<>();
            for (int k = 1; k < fields.length; k++) {
                String t = fields[k].strip();
                if (!t.isEmpty()) {
                    terms.add(t);
                }
            }
            utterances.add(new TermList.UtteranceEntry(id, terms, number));
        });
        return perUtterance(file, TermListFormat.UTTERANCE_TSV, utterances);
    }

    private static TermList utteranceJsonl(Path file, String text) {
        List<TermList.UtteranceEntry> utterances = new ArrayList<>();
        TextFiles.forEachLine(text, (number, content) -> {
            if (content.isBlank()) {
                return;
            }
            JsonNode node;
            try {
                node = JSON.readTree(content);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new WerkDataException(file, number, "not a JSON object: " + e.getOriginalMessage());
            }
            if (!node.isObject()) {
                throw new WerkDataException(file, number, "expected a JSON object {\"id\": ..., \"terms\": [...]}");
            }
            JsonNode id = field(node, ID_HEADERS);
            JsonNode terms = field(node, TERMS_KEYS);
            if (id == null || !id.isTextual() || id.asText().isBlank()) {
                throw new WerkDataException(file, number, "expected {\"id\": \"utterance id\", \"terms\": [\"term\", ...]}: no \"id\" string");
            }
            if (terms == null || !terms.isArray()) {
                throw new WerkDataException(file, number, "expected {\"id\": \"utterance id\", \"terms\": [\"term\", ...]}: no \"terms\" array");
            }
            List<String> list = new ArrayList<>();
            for (JsonNode t : terms) {
                if (!t.isTextual()) {
                    throw new WerkDataException(file, number, "\"terms\" holds a " + t.getNodeType().toString().toLowerCase(Locale.ROOT)
                            + ", not a string");
                }
                if (!t.asText().isBlank()) {
                    list.add(t.asText().strip());
                }
            }
            utterances.add(new TermList.UtteranceEntry(id.asText().strip(), list, number));
        });
        return perUtterance(file, TermListFormat.UTTERANCE_JSONL, utterances);
    }

    /** The first of {@code keys} that {@code node} has, or null. */
    private static JsonNode field(JsonNode node, List<String> keys) {
        for (String k : keys) {
            JsonNode v = node.get(k);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The distinct terms of every utterance, in first-seen order, as the list's entries. */
    private static TermList perUtterance(Path file, TermListFormat format, List<TermList.UtteranceEntry> utterances) {
        Map<String, TermList.Entry> distinct = new LinkedHashMap<>();
        for (TermList.UtteranceEntry u : utterances) {
            for (String t : u.terms()) {
                distinct.putIfAbsent(t, new TermList.Entry(t, List.of(), u.line()));
            }
        }
        return new TermList(file, format, new ArrayList<>(distinct.values()), utterances);
    }
}
