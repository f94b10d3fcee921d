package dev.werk.core.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Inputs for the offset tests: seeded random text made to provoke every step, and real text. */
final class OffsetCases {
    /** Pieces glued together with or without whitespace, so words such as {@code um5} or {@code $$$5} occur. */
    private static final String[] ATOMS = (
            "the a an and of to is it you i we uh um hmm mm mhm mmm and|a|half half HALF And "
            + "one two three five nine ten twelve nineteen twenty thirty ninety hundred thousand million "
            + "first second third fifth twentieth fifties hundreds thousandth o oh zero point double triple "
            + "minus plus negative positive dollar dollars cent cents pound pounds euro euros per percent "
            + "mr mrs st dr prof jr sr gen Mr. Dr won't can't let's ain't y'all gonna wanna i'ma ma'am "
            + "'s 's|been 'd 'll n't 're 've 'm 't don't isn't she'll james's it's "
            + "colour realise organise theatre centre favour k-nearest state-of-the-art co--op -ing wor- "
            + "1 1s 2 5 10 19 20 99 100 2.5 0.36 1,000 1,2,3 3.14 10km 5th 21st 1990s $ ¢ € £ % "
            + ". .. ... , ; : ! ? ' \" - _ / ( ) [ ] < > { } @ # & * + = "
            + "[laugh] <unk> (inaudible) [noise] (x) () <a [b> c] "
            + "é e\u0301 café naïve Zürich ß æ œ ø ł đ þ ﬁ ½ ² ⅻ ① ㎞ İ Σ ΑΣ ΟΔΟΣ σ Ελλάδα Москва 東京 "
            + "가 \u1100\u1161 \u3131\u314f 😀 👍🏽 𝐛𝐨𝐥𝐝 \ufeff \u200b EC2 /opt/ml AWS "
            + "… per|cent ¢30 $0.36 5|¢30 and|¢ 1.5 .5 ..5 %% $$ ’ ‘ “ ” o'clock rock'n'roll 1990's thirty-one").split(" ");
    private static final String[] SEPARATORS = {"", "", " ", " ", " ", " ", "  ", "\t", "\u00a0", "\n", "\u2028",
        "\u3000", "\u0085", " \u000b "};

    private OffsetCases() {
    }

    /** {@code count} seeded random lines of up to {@code maxAtoms} pieces. */
    static List<String> random(long seed, int count, int maxAtoms) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(maxAtoms + 1);
            for (int j = 0; j < n; j++) {
                String sep = SEPARATORS[random.nextInt(SEPARATORS.length)];
                String atom = ATOMS[random.nextInt(ATOMS.length)].replace('|', ' ');
                if (random.nextInt(8) == 0) {
                    atom = atom.toUpperCase(java.util.Locale.ROOT);
                }
                b.append(sep).append(atom);
            }
            if (random.nextInt(4) == 0) {
                b.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            lines.add(b.toString());
        }
        return lines;
    }

    /** The inputs of Whisper's normaliser tests (testdata/whisper). */
    static List<String> whisper() throws IOException {
        List<String> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(TestData.file("whisper/normalizer-cases.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] row = line.split("\t", -1);
            out.add(row[1]);
            out.add(row[2]);
        }
        return out;
    }

    /**
     * An Earnings-21 reference as running text: each NLP row's token and its punctuation, joined
     * by spaces (case and punctuation as the transcribers wrote them).
     */
    static String earnings21(Path nlp) throws IOException {
        StringBuilder b = new StringBuilder();
        List<String> lines = Files.readAllLines(nlp, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\\|", -1);
            if (f.length > 4) {
                b.append(b.length() > 0 ? " " : "").append(f[0]).append(f[4]);
            }
        }
        return b.toString();
    }
}
