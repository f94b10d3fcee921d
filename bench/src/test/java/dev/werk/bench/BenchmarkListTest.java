package dev.werk.bench;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * JMH's annotation processor ran: without META-INF/BenchmarkList the benchmark jar starts and
 * finds nothing to run (as happened when the parent pom switched annotation processing off).
 */
class BenchmarkListTest {
    @Test
    void everyBenchmarkClassIsListed() throws IOException {
        try (InputStream in = BenchmarkListTest.class.getResourceAsStream("/META-INF/BenchmarkList")) {
            assertNotNull(in, "META-INF/BenchmarkList is missing: JMH's annotation processor did not run");
            String list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String benchmark : new String[] {"ShortCorpusBenchmark", "LongPairBenchmark", "ReadBenchmark"}) {
                assertTrue(list.contains("dev.werk.bench." + benchmark), benchmark + " missing from the benchmark list");
            }
        }
    }
}
