package dev.werk.core.fstalign;

import dev.werk.core.io.WerkDataException;
import dev.werk.core.markup.MarkupAlignment;
import dev.werk.core.markup.MarkupException;
import dev.werk.core.markup.WordNetwork;
import java.util.List;

/**
 * The path of a lattice nearest an expanded reference: werk's network program aligns the
 * reference network with the lattice's network under fstalign's costs, so the path and its
 * alignment are chosen together, at the least cost over all paths (the lattice's oracle). Lattice
 * weights play no part.
 */
final class LatticeOracle {
    private LatticeOracle() {
    }

    /** The words of the chosen path, as the lattice's symbol table writes them. */
    static List<String> path(List<Group> groups, Lattice lattice, Words words, boolean lowerCase) {
        WordNetwork ref = ChunkedAlignment.network(groups, 0, groups.size(), false);
        WordNetwork hyp = lattice.network(w -> Integer.toString(words.intern(lowerCase ? ReferenceGraph.lower(w) : w)));
        MarkupAlignment m;
        try {
            m = ChunkedAlignment.NETWORK.align(ref, hyp);
        } catch (MarkupException e) {
            throw new WerkDataException(lattice.file(), 0, "the lattice (" + lattice.arcs() + " arcs) is too large to align "
                    + "with its reference: " + e.getMessage());
        }
        return m.hypothesis();
    }
}
