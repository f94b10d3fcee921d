package dev.werk.reports.html;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.werk.core.ScoreOptions;
import dev.werk.core.experiment.CompareOptions;
import dev.werk.core.experiment.Comparison;
import dev.werk.core.experiment.Experiment;
import dev.werk.core.experiment.ExperimentTerms;
import dev.werk.core.terms.TermListReader;
import dev.werk.core.experiment.Manifest;
import dev.werk.core.experiment.ManifestReader;
import dev.werk.reports.CompareJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** The bundled demo experiment (testdata/demo) compared once, its JSON result and its report files. */
final class DemoReport {
    static final ObjectMapper JSON = new ObjectMapper();
    /** As werk demo scores it: lowercased, so the entity names of terms.txt match the lowercase transcripts. */
    static final ScoreOptions SCORING = ScoreOptions.defaults().withNormalizer(dev.werk.core.text.TextNormalizer.preset("sclite"));
    private static Comparison comparison;
    private static byte[] json;
    private static Map<String, byte[]> files;

    private DemoReport() {
    }

    /** The repository's testdata folder: -Dwerk.testdata (set by the parent pom), else found upwards. */
    static Path testdata() {
        String p = System.getProperty("werk.testdata");
        if (p != null && Files.isDirectory(Path.of(p, "demo"))) {
            return Path.of(p);
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("testdata").resolve("demo"))) {
                return d.resolve("testdata");
            }
        }
        return fail("testdata not found: werk.testdata=" + p);
    }

    static synchronized Comparison comparison() {
        if (comparison == null) {
            try {
                Manifest m = ManifestReader.read(testdata().resolve("demo").resolve("manifest.csv"));
                comparison = Experiment.compare(m, CompareOptions.defaults().withResamples(2000), SCORING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return comparison;
    }

    static synchronized byte[] json() {
        if (json == null) {
            try {
                json = jsonOf(comparison(), ExperimentTerms.score(comparison(), TermListReader.read(
                        testdata().resolve("demo").resolve("terms.txt")).compile(SCORING.normalizer())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return json;
    }

    static byte[] jsonOf(Comparison c) {
        return jsonOf(c, null);
    }

    static byte[] jsonOf(Comparison c, ExperimentTerms terms) {
        StringWriter w = new StringWriter();
        try {
            CompareJson.write(c, terms, w, true, Instant.parse("2026-12-01T09:00:00Z"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    static JsonNode tree() {
        try {
            return JSON.readTree(json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized Map<String, byte[]> files() {
        if (files == null) {
            try {
                files = Report.render(json(), Report.Options.defaults());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    static String html() {
        return new String(files().get(Report.INDEX), StandardCharsets.UTF_8);
    }

    /** Writes the demo report into {@code dir} and returns its index.html. */
    static Path writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> f : files().entrySet()) {
            Files.write(dir.resolve(f.getKey()), f.getValue());
        }
        return dir.resolve(Report.INDEX);
    }
}
