package dev.werk.reports;

import dev.werk.core.fstalign.AlignedNlpRow;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * fstalign's aligned NLP file ({@code --output-nlp}; {@code write_stitches_to_nlp} in its
 * {@code fstalign.cpp}), byte for byte: the header
 * {@code token|speaker|ts|endTs|punctuation|prepunctuation|case|tags|wer_tags|oldTs|oldEndTs|ali_comment|confidence},
 * then one row per reference row, its times those of the hypothesis word aligned to it (four
 * places; empty for a deletion), {@code wer_tags} as {@code ['1', '2']}.
 */
public final class AlignedNlpReport {
    private AlignedNlpReport() {
    }

    /** Writes {@code rows} in fstalign's aligned NLP format. */
    public static void write(List<AlignedNlpRow> rows, Writer out) throws IOException {
        out.write("token|speaker|ts|endTs|punctuation|prepunctuation|case|tags|wer_tags|oldTs|oldEndTs|ali_comment|confidence\n");
        StringBuilder line = new StringBuilder();
        for (AlignedNlpRow r : rows) {
            line.setLength(0);
            line.append(r.token()).append('|').append(r.speaker()).append('|');
            if (r.start() == null) {
                line.append("||");
            } else {
                line.append(time(r.start())).append('|').append(time(r.end())).append('|');
            }
            line.append(r.punctuation()).append('|').append(r.prepunctuation()).append('|').append(r.casing()).append('|')
                    .append(r.tags()).append("|[");
            for (int k = 0; k < r.werTags().size(); k++) {
                if (k > 0) {
                    line.append(", ");
                }
                line.append('\'').append(r.werTags().get(k)).append('\'');
            }
            line.append("]|").append(r.oldTs()).append('|').append(r.oldEndTs()).append('|').append(r.comment()).append('|')
                    .append(r.confidence()).append('\n');
            out.write(line.toString());
        }
    }

    /** fmt's {@code {:.4f}} of a {@code float}: its exact value rounded to four places. */
    static String time(float f) {
        return new BigDecimal(f).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }
}
