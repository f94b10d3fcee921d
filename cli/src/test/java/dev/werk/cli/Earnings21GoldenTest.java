package dev.werk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled Earnings-21 sample scored through the CLI against the peers' counts in
 * {@code testdata/earnings21-sample/expected.tsv} (jiwer 4 and {@code sclite -s}).
 */
class Earnings21GoldenTest {

    /** One row of expected.tsv, by column name. */
    record Expected(String system, String call, Map<String, String> columns) {
        long get(String column) {
            String v = columns.get(column);
            if (v == null) {
                throw new IllegalArgumentException("expected.tsv has no column " + column);
            }
            return Long.parseLong(v);
        }
    }

    static Path sample() {
        return Cli.testdata().resolve("earnings21-sample");
    }

    static List<Expected> expected() throws IOException {
        List<String> lines = Files.readAllLines(sample().resolve("expected.tsv"));
        String[] header = lines.get(0).split("\t");
        List<Expected> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t");
            assertEquals(header.length, cells.length, line);
            Map<String, String> columns = new LinkedHashMap<>();
            for (int k = 0; k < header.length; k++) {
                columns.put(header[k], cells[k]);
            }
            rows.add(new Expected(columns.get("system"), columns.get("file_id"), columns));
        }
        return rows;
    }

    static Stream<Arguments> systems() throws IOException {
        return expected().stream().map(Expected::system).distinct().map(Arguments::of);
    }

    private static Map<String, JsonNode> perCall(String system, String cost) {
        Path dir = sample();
        Cli.Result r = Cli.expect(0, "score", "--ref", dir.resolve("reference.ark").toString(),
                "--hyp", dir.resolve(system + ".ark").toString(), "--cost", cost, "--per-utterance", "-o", "json");
        assertEquals("", r.err(), r::toString);
        JsonNode j = r.json();
        assertEquals(cost, j.get("cost").asText());
        Map<String, JsonNode> calls = new HashMap<>();
        j.get("perUtterance").forEach(u -> calls.put(u.get("id").asText(), u));
        return calls;
    }

    @Test
    void sampleHasRowsForBothSystemsAndEveryCall() throws IOException {
        List<Expected> rows = expected();
        assertEquals(6, rows.size());
        assertEquals(List.of("amazon", "google"), rows.stream().map(Expected::system).distinct().sorted().toList());
    }

    @ParameterizedTest
    @MethodSource("systems")
    void levenshteinTotalErrorsEqualJiwers(String system) throws IOException {
        Map<String, JsonNode> calls = perCall(system, "levenshtein");
        int checked = 0;
        for (Expected e : expected()) {
            if (!e.system().equals(system)) {
                continue;
            }
            JsonNode u = calls.get(e.call());
            assertTrue(u != null, "no call " + e.call() + " in werk's output");
            String what = system + " " + e.call();
            assertEquals(e.get("refwords"), u.get("referenceWords").asLong(), what + " reference words");
            assertEquals(e.get("hypwords"), u.get("hypothesisWords").asLong(), what + " hypothesis words");
            long jiwerErrors = e.get("jiwer_sub") + e.get("jiwer_del") + e.get("jiwer_ins");
            assertEquals(jiwerErrors, u.get("errors").asLong(), what + " errors");
            assertEquals(jiwerErrors, u.get("substitutions").asLong() + u.get("deletions").asLong()
                    + u.get("insertions").asLong(), what + " S+D+I");
            checked++;
        }
        assertEquals(3, checked);
        assertEquals(3, calls.size());
    }

    @ParameterizedTest
    @MethodSource("systems")
    void scliteCountsEqualSclitesExactly(String system) throws IOException {
        Map<String, JsonNode> calls = perCall(system, "sclite");
        int checked = 0;
        for (Expected e : expected()) {
            if (!e.system().equals(system)) {
                continue;
            }
            assertEquals("ok", e.columns().get("sclite_status"), "golden row " + e);
            JsonNode u = calls.get(e.call());
            assertTrue(u != null, "no call " + e.call() + " in werk's output");
            String what = system + " " + e.call();
            assertEquals(e.get("sclite_hits"), u.get("hits").asLong(), what + " H");
            assertEquals(e.get("sclite_sub"), u.get("substitutions").asLong(), what + " S");
            assertEquals(e.get("sclite_del"), u.get("deletions").asLong(), what + " D");
            assertEquals(e.get("sclite_ins"), u.get("insertions").asLong(), what + " I");
            checked++;
        }
        assertEquals(3, checked);
    }

}
