package dev.werk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    static final List<String> FILES = List.of("index.html", "wer-by-item.png", "change-by-set.png", "term-correct.png",
            "summary.csv", "terms.csv", "terms-by-set.csv", "results.json");

    @TempDir
    Path tmp;

    static String manifest() {
        return Cli.testdata().resolve("demo").resolve("manifest.csv").toString();
    }

    static String terms() {
        return Cli.testdata().resolve("demo").resolve("terms.txt").toString();
    }

    @Test
    void experimentWritesEveryFileAndPrintsThePage() throws IOException {
        Path out = tmp.resolve("report");
        Cli.Result r = Cli.expect(0, "report", "--experiment", manifest(), "--out", out.toString(), "--terms", terms(),
                "--normalize", "sclite", "--resamples", "500", "--baseline", "google");
        assertEquals(out.resolve("index.html").toString(), r.out().strip());
        for (String f : FILES) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        JsonNode results = Cli.JSON.readTree(out.resolve("results.json").toFile());
        assertEquals("google", results.path("baseline").asText());
        assertEquals(500, results.path("resamples").asInt());
        assertEquals("sclite", results.path("provenance").path("normalizer").asText());
        assertTrue(results.path("terms").path("sets").size() > 0);
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(out), left.toList(), "no temporary folder left behind");
        }
    }

    @Test
    void savedResultsRenderTheSamePageNumbers() throws IOException {
        Path json = tmp.resolve("compare.json");
        Cli.expect(0, "compare", "--manifest", manifest(), "--terms", terms(), "--normalize", "sclite", "--resamples", "300",
                "-o", "json", "--out", json.toString());
        Path out = tmp.resolve("from-results");
        Cli.expect(0, "report", "--results", json.toString(), "--out", out.toString());
        assertArrayEquals(Files.readAllBytes(json), Files.readAllBytes(out.resolve("results.json")));
        String page = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        JsonNode results = Cli.JSON.readTree(json.toFile());
        String wer = results.path("sets").path(0).path("systems").path(0).path("wer").asText();
        assertTrue(page.contains("data-value=\"" + wer + "\""), "the page carries the saved WER " + wer);
        // the summary CSV of the report is werk compare -o csv of the same comparison
        Path csv = tmp.resolve("compare.csv");
        Cli.expect(0, "compare", "--manifest", manifest(), "--terms", terms(), "--normalize", "sclite", "--resamples", "300",
                "-o", "csv", "--out", csv.toString());
        assertEquals(Files.readString(csv), Files.readString(out.resolve("summary.csv")));
    }

    @Test
    void termsCsvIsWerkTermsOverTheSameItems() throws IOException {
        Path out = tmp.resolve("t");
        Cli.expect(0, "report", "--experiment", manifest(), "--out", out.toString(), "--terms", terms(), "--normalize", "sclite",
                "--resamples", "100");
        Path demo = Cli.testdata().resolve("demo");
        Cli.Result terms = Cli.expect(0, "terms", "--ref", demo.resolve("reference").toString(), "--hyp",
                "amazon=" + demo.resolve("amazon"), "--hyp", "google=" + demo.resolve("google"), "--terms", terms(),
                "--normalize", "sclite", "-o", "csv");
        assertEquals(terms.out(), Files.readString(out.resolve("terms.csv")));
        Cli.Result json = Cli.expect(0, "terms", "--ref", demo.resolve("reference").toString(), "--hyp",
                "amazon=" + demo.resolve("amazon"), "--hyp", "google=" + demo.resolve("google"), "--terms", terms(),
                "--normalize", "sclite", "-o", "json");
        JsonNode want = Cli.JSON.readTree(json.out()).path("systems");
        JsonNode all = null;
        for (JsonNode set : Cli.JSON.readTree(out.resolve("results.json").toFile()).path("terms").path("sets")) {
            all = set.path("name").asText().equals("all") ? set : all;
        }
        for (int s = 0; s < 2; s++) {
            assertEquals(want.get(s).path("bWer"), all.path("systems").get(s).path("bWer"));
            assertEquals(want.get(s).path("uWer"), all.path("systems").get(s).path("uWer"));
        }
    }

    @Test
    void anEarlierReportIsReplacedAndAForeignFolderRefused() throws IOException {
        Path out = tmp.resolve("r");
        Cli.expect(0, "report", "--experiment", manifest(), "--out", out.toString(), "--resamples", "100");
        Files.writeString(out.resolve("stale.txt"), "old");
        Cli.expect(0, "report", "--experiment", manifest(), "--out", out.toString(), "--resamples", "100");
        assertFalse(Files.exists(out.resolve("stale.txt")), "the whole folder is the new report");
        assertFalse(Files.exists(out.resolve("terms.csv")), "no terms without --terms");

        Path foreign = tmp.resolve("mine");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "keep me");
        Cli.Result r = Cli.run("report", "--experiment", manifest(), "--out", foreign.toString());
        Cli.assertUsageError(r, "werk report");
        assertEquals("keep me", Files.readString(foreign.resolve("notes.txt")));
        try (Stream<Path> files = Files.list(foreign)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void gatesApplyAfterTheReportIsWritten() throws IOException {
        Path out = tmp.resolve("gated");
        Cli.Result r = Cli.run("report", "--experiment", manifest(), "--out", out.toString(), "--resamples", "100",
                "--max-wer", "1%");
        assertEquals(ExitCodes.GATE, r.code(), r::toString);
        assertTrue(r.err().contains("gate failed"), r::toString);
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
    }

    @Test
    void badResultsAreDataErrors() throws IOException {
        Path notJson = tmp.resolve("x.json");
        Files.writeString(notJson, "{\n  \"baseline\": \"a\",\n  oops\n}\n");
        Cli.assertDataError(Cli.run("report", "--results", notJson.toString(), "--out", tmp.resolve("o").toString()), notJson, 3);
        Path other = tmp.resolve("score.json");
        Files.writeString(other, "{\"wer\": 0.1}\n");
        Cli.assertDataError(Cli.run("report", "--results", other.toString(), "--out", tmp.resolve("o").toString()), other, 1);
        assertFalse(Files.exists(tmp.resolve("o")), "nothing written");
    }

    @Test
    void usageErrors() throws IOException {
        Cli.assertUsageError(Cli.run("report", "--experiment", manifest()), "werk report");
        Cli.assertUsageError(Cli.run("report", "--out", tmp.resolve("o").toString()), "werk report");
        Cli.assertUsageError(Cli.run("report", "--results", tmp.resolve("none.json").toString(), "--out",
                tmp.resolve("o").toString()), "werk report");
        Cli.assertUsageError(Cli.run("report", "--experiment", manifest(), "--out", tmp.resolve("o").toString(), "-o", "json"),
                "werk report");
        Cli.assertUsageError(Cli.run("report", "--experiment", manifest(), "--out", tmp.resolve("o").toString(),
                "--no-such-option"), "werk report");
        Cli.assertUsageError(Cli.run("report", "--experiment", manifest(), "--out", tmp.resolve("o").toString(),
                "--chart-size", "10x10"), "werk report");
        Path file = tmp.resolve("file");
        Files.writeString(file, "x");
        Cli.assertUsageError(Cli.run("report", "--experiment", manifest(), "--out", file.toString()), "werk report");
        assertFalse(Files.exists(tmp.resolve("o")));
    }

    @Test
    void demoWritesItsReportAndPrintsItsPath() throws IOException {
        Path out = tmp.resolve("demo-report");
        Cli.Result r = Cli.expect(0, "demo", "--data", Cli.testdata().resolve("demo").toString(), "--report", out.toString());
        String last = r.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertEquals(out.resolve("index.html").toAbsolutePath().normalize().toString(), last);
        for (String f : FILES) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(Files.size(out.resolve("index.html")) < 2_000_000, "the demo page stays under 2 MB");
    }
}
