package dev.werk.reports;

import dev.werk.core.fstalign.SideBySideRow;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * fstalign's side-by-side file ({@code --output-sbs}; {@code WriteSbs} in its {@code wer.cpp}), byte
 * for byte: a header, one tab-separated row per step (the reference token right-aligned and the
 * hypothesis token left-aligned in 20 columns, {@code ERR} when they differ, the entity label, the
 * {@code ###id_type###|} wer_tags), a rule of 60 dashes, then each run of error rows as a group:
 * the file line where it starts and its words, {@code ref words <-> hyp words}, {@code ***} for a
 * side with none. Widths count code points (fmt counts display width, which differs only for wide
 * East Asian characters).
 */
public final class SideBySideReport {
    /** Line of the first row: the header is line 1. */
    private static final int FIRST_ROW_LINE = 2;
    private static final Set<String> MARKERS = Set.of(SideBySideRow.INSERTION, SideBySideRow.DELETION, "<sub>");

    private SideBySideReport() {
    }

    /** Writes {@code rows} in fstalign's side-by-side format. */
    public static void write(List<SideBySideRow> rows, Writer out) throws IOException {
        out.write(right("ref_token") + "\t" + left("hyp_token") + "\tIsErr\tClass\tWer_Tag_Entities\n");
        List<String> groups = new ArrayList<>();
        int line = FIRST_ROW_LINE;
        int groupLine = 0;
        StringBuilder groupRef = new StringBuilder();
        StringBuilder groupHyp = new StringBuilder();
        for (SideBySideRow r : rows) {
            if (r.noOp()) {
                continue; // as fstalign's WriteSbs skips its no-op steps
            }
            if (r.error()) {
                if (groupLine == 0) {
                    groupLine = line;
                }
                if (!r.reference().isEmpty() && !MARKERS.contains(r.reference())) {
                    groupRef.append(r.reference()).append(' ');
                }
                if (!r.hypothesis().isEmpty() && !MARKERS.contains(r.hypothesis())) {
                    groupHyp.append(' ').append(r.hypothesis());
                }
            } else if (groupLine > 0) {
                groups.add(group(groupLine, groupRef, groupHyp));
                groupLine = 0;
            }
            StringBuilder tags = new StringBuilder();
            for (String t : r.werTags()) {
                tags.append("###").append(t).append("###|");
            }
            out.write(right(r.reference()) + "\t" + left(r.hypothesis()) + "\t" + (r.error() ? "ERR" : "") + "\t"
                    + r.classLabel() + "\t" + tags + "\n");
            line++;
        }
        if (groupLine > 0) {
            groups.add(group(groupLine, groupRef, groupHyp));
        }
        out.write("-".repeat(60) + "\n" + right("Line") + "\t" + left("Group") + "\n");
        for (String g : groups) {
            out.write(g);
        }
    }

    /** One group's line ({@code AddErrorGroup}), and the run's words cleared for the next one. */
    private static String group(int line, StringBuilder ref, StringBuilder hyp) {
        String r = ref.length() == 0 ? "*** " : ref.toString();
        String h = hyp.length() == 0 ? " ***" : hyp.toString();
        ref.setLength(0);
        hyp.setLength(0);
        return right(Integer.toString(line)) + "\t" + r + "<->" + h + "\n";
    }

    private static String right(String s) {
        int pad = 20 - s.codePointCount(0, s.length());
        return pad > 0 ? " ".repeat(pad) + s : s;
    }

    private static String left(String s) {
        int pad = 20 - s.codePointCount(0, s.length());
        return pad > 0 ? s + " ".repeat(pad) : s;
    }
}
