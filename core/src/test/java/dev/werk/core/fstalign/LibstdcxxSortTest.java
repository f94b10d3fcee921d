package dev.werk.core.fstalign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@link LibstdcxxSort} against libstdc++ itself: 300 arrays of up to 100 small keys with many ties,
 * and the element {@code std::sort} (GCC 12) put first in each, recorded by
 * {@code testdata/fstalign/standard/libstdcxx-sort.cpp}; and, on seeded random keys, the element it
 * names is always one of the smallest.
 */
class LibstdcxxSortTest {
    @Test
    void putsFirstWhatLibstdcxxPutsFirst() throws IOException {
        String d = System.getProperty("werk.testdata");
        Path file = (d != null ? Path.of(d) : Path.of("..", "testdata")).resolve("fstalign/standard/libstdcxx-sort.txt");
        Assumptions.assumeTrue(Files.isRegularFile(file), "no recorded std::sort results in " + file);
        List<String> wrong = new ArrayList<>();
        int n = 0;
        int unstable = 0;
        for (String line : Files.readAllLines(file)) {
            String[] p = line.split(" -> ");
            String[] f = p[0].split(" ");
            float[] keys = new float[Integer.parseInt(f[0])];
            for (int k = 0; k < keys.length; k++) {
                keys[k] = Float.parseFloat(f[k + 1]);
            }
            int expected = Integer.parseInt(p[1].trim());
            if (LibstdcxxSort.first(keys) != expected) {
                wrong.add(line);
            }
            if (expected != firstSmallest(keys)) {
                unstable++;
            }
            n++;
        }
        assertEquals(300, n);
        assertEquals(List.of(), wrong);
        // the recorded arrays must show the sort is not stable, or they test nothing beyond the minimum
        assertTrue(unstable > 50, unstable + " arrays where std::sort does not keep the first of equals");
    }

    @Test
    void alwaysNamesASmallestKey() {
        Random rnd = new Random(11);
        for (int t = 0; t < 2000; t++) {
            float[] keys = new float[1 + rnd.nextInt(120)];
            for (int k = 0; k < keys.length; k++) {
                keys[k] = rnd.nextInt(1 + rnd.nextInt(8));
            }
            float[] copy = keys.clone();
            int i = LibstdcxxSort.first(keys);
            assertEquals(keys[firstSmallest(keys)], keys[i]);
            assertTrue(java.util.Arrays.equals(copy, keys), "keys left as given");
            if (keys.length <= 16) {
                assertEquals(firstSmallest(keys), i, "an insertion sort keeps the first of equals");
            }
        }
    }

    private static int firstSmallest(float[] keys) {
        int best = 0;
        for (int k = 1; k < keys.length; k++) {
            if (keys[k] < keys[best]) {
                best = k;
            }
        }
        return best;
    }
}
