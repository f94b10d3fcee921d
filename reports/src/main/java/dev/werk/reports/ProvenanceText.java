package dev.werk.reports;

import dev.werk.core.Provenance;
import java.io.IOException;

/** The header lines every text renderer opens with, read from a result's {@link Provenance}. */
final class ProvenanceText {
    private ProvenanceText() {
    }

    /** One line per input: {@code   reference:  path (format)}, then each hypothesis or system. */
    static void inputs(Provenance p, Appendable out) throws IOException {
        int width = "hypothesis".length();
        for (Provenance.Input in : p.inputs()) {
            width = Math.max(width, in.role().length());
        }
        for (Provenance.Input in : p.inputs()) {
            out.append("  ").append(in.role()).append(':').append(" ".repeat(width - in.role().length() + 1))
                    .append(in.path() == null ? "<in memory>" : in.path()).append(" (").append(in.format()).append(")\n");
        }
    }

    /** {@code cost model: …   normalizer: …   unit: …} and the markup setting where a format can carry markup; no line end. */
    static void pipeline(Provenance p, String indent, Appendable out) throws IOException {
        out.append(indent).append("cost model: ").append(p.cost()).append("   normalizer: ").append(p.normalizer())
                .append("   unit: ").append(p.unit());
        if (p.markup() != null) {
            out.append("   markup: ").append(p.markup());
        }
    }
}
