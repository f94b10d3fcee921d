package dev.werk.core.fstalign;

import java.util.List;

/**
 * One top-level unit of an expanded reference, as it maps back to NLP rows: a plain token (one
 * row, one word), an entity (the rows of one label, its candidates as alternatives) or a synonym
 * region (rows matched by a synonym rule, the original words among the alternatives).
 *
 * @param kind           what the group is
 * @param firstRow       index of its first row in the reference
 * @param rowCount       rows it covers
 * @param node           its network piece (a {@link Node.Leaf} for a plain token)
 * @param original       the row tokens' word ids, in order
 * @param representative the words a first, plain alignment sees for it (the most probable candidate)
 */
record Group(Kind kind, int firstRow, int rowCount, Node node, int[] original, int[] representative) {

    enum Kind { PLAIN, ENTITY, SYNONYM }

    boolean plain() {
        return kind == Kind.PLAIN;
    }

    static List<Node> leaves(int[] words) {
        Node[] out = new Node[words.length];
        for (int k = 0; k < words.length; k++) {
            out[k] = new Node.Leaf(words[k]);
        }
        return List.of(out);
    }
}
