package dev.werk.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Test support: reads the parts of sclite's expected reports ({@code .raw}, {@code .pra}) the tests compare with. */
final class ScliteReports {
    /** The {@code Sum} row of a {@code .raw} report. */
    record Sum(int sentences, int words, int correct, int substitutions, int deletions, int insertions,
               int errors, int sentenceErrors) {
    }

    /** One utterance of a {@code .pra} report: its id and the hypothesis words sclite aligned in it. */
    record Aligned(String id, List<String> hypothesis) {
    }

    private ScliteReports() {
    }

    static Sum sum(Path raw) throws IOException {
        for (String line : Files.readAllLines(raw, StandardCharsets.ISO_8859_1)) {
            String t = line.strip();
            if (t.startsWith("| Sum ")) {
                String[] n = t.replace("|", " ").strip().split("\\s+");
                return new Sum(Integer.parseInt(n[1]), Integer.parseInt(n[2]), Integer.parseInt(n[3]),
                        Integer.parseInt(n[4]), Integer.parseInt(n[5]), Integer.parseInt(n[6]),
                        Integer.parseInt(n[7]), Integer.parseInt(n[8]));
            }
        }
        throw new IllegalStateException("no Sum row in " + raw);
    }

    /** The utterances in report order; hypothesis words lowercased, gaps ({@code ***}) left out. */
    static List<Aligned> alignments(Path pra) throws IOException {
        List<Aligned> out = new ArrayList<>();
        String id = null;
        for (String line : Files.readAllLines(pra, StandardCharsets.ISO_8859_1)) {
            if (line.startsWith("id: (")) {
                id = line.substring(5, line.lastIndexOf(')'));
                out.add(new Aligned(id, List.of()));
            } else if (line.startsWith("HYP:") && id != null) {
                List<String> words = new ArrayList<>();
                for (String w : line.substring(4).strip().split("\\s+")) {
                    if (!w.isEmpty() && !w.matches("\\*+")) {
                        words.add(w.toLowerCase(Locale.ROOT));
                    }
                }
                out.set(out.size() - 1, new Aligned(id, words));
            }
        }
        return out;
    }
}
