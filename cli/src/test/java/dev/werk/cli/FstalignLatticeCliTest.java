package dev.werk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code werk score --symbols}: an OpenFst lattice hypothesis ({@code testdata/fstalign/lattice},
 * the wrong word first at every choice) scored by its oracle path, with the reference's
 * normalizations, in JSON with the lattice named, and fstalign's own oracle case.
 */
class FstalignLatticeCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path lattice(String name) {
        return Cli.testdata().resolve("fstalign/lattice").resolve(name);
    }

    @Test
    void theOraclePathTakesTheRightWordAtEveryChoice() throws IOException {
        Cli.Result r = Cli.run("score", "--ref", lattice("call.nlp").toString(), "--hyp", lattice("call.fst").toString(),
                "--symbols", lattice("call.symbols.txt").toString(), "--fstalign", "-o", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = JSON.readTree(r.out());
        // "the year twenty twenty we will grow": the YEAR and CONTRACTION candidates, every word right
        assertEquals(0, j.get("errors").asInt(), r.out());
        assertEquals(7, j.get("referenceWords").asInt(), r.out());
        assertEquals("openfst-lattice", j.get("sources").get("hypothesisFormat").asText(), r.out());
        assertTrue(r.out().contains("oracle path (fewest edits; arc weights unused)"), r.out());
    }

    @Test
    void fstalignsOracleCase() throws IOException {
        Path data = Cli.testdata().resolve("fstalign/suite/data");
        Cli.Result r = Cli.run("score", "--ref", data.resolve("oracle_1.ref.txt").toString(), "--hyp",
                data.resolve("oracle_1.hyp.fst").toString(), "--symbols", data.resolve("oracle_1.symbols.txt").toString(),
                "-o", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = JSON.readTree(r.out());
        // fstalign's test expects WER: 1/9 = 0.1111 and INS:0 DEL:1 SUB:0
        assertEquals(1, j.get("deletions").asInt(), r.out());
        assertEquals(1, j.get("errors").asInt(), r.out());
        assertEquals(9, j.get("referenceWords").asInt(), r.out());
    }
}
