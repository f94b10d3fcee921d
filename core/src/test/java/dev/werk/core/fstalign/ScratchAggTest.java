package dev.werk.core.fstalign;

import dev.werk.core.metrics.Counts;
import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;

class ScratchAggTest {
    @Test
    void run() throws Exception {
        Path root = Path.of("../../shared/corpora/earnings21");
        for (String sys : new String[] {"amazon", "google"}) {
            Map<String, double[]> meanOf = new TreeMap<>();
            Map<String, Counts> pooled = new TreeMap<>();
            try (var s = Files.list(root.resolve("transcripts/nlp_references"))) {
                for (Path ref : s.sorted().toList()) {
                    String base = ref.getFileName().toString().replace(".nlp", "");
                    NlpReference r = NlpReference.read(ref);
                    Normalizations n = Normalizations.read(root.resolve("transcripts/normalizations/" + base + ".norm.json"));
                    EntityTypes t = EntityTypes.read(root.resolve("transcripts/wer_tags/" + base + ".wer_tag.json"));
                    List<String> hyp = NlpReference.read(root.resolve("output/" + sys + "/" + base + ".nlp")).tokens();
                    FstalignAlignment a = Fstalign.align(r, n, t, hyp, FstalignSettings.DEFAULTS_2021);
                    for (var e : a.perTag().entrySet()) {
                        String c = t.typeOf(e.getKey());
                        if (c == null) continue;
                        Counts k = e.getValue();
                        pooled.merge(c, k, Counts::plus);
                        if (k.referenceWords() > 0) {
                            double[] m = meanOf.computeIfAbsent(c, x -> new double[2]);
                            m[0] += (double) k.errors() / k.referenceWords(); m[1]++;
                        }
                    }
                }
            }
            StringBuilder sb = new StringBuilder(sys + "\n");
            for (String c : pooled.keySet()) {
                Counts k = pooled.get(c); double[] m = meanOf.get(c);
                sb.append(String.format("%-14s pooled %.2f  entity-mean %.2f%n", c, 100.0 * k.errors() / k.referenceWords(), m == null ? Double.NaN : 100 * m[0] / m[1]));
            }
            System.out.println(sb);
        }
    }
}
