package dev.werk.core.fstalign;

import java.util.List;

/**
 * A piece of the reference network fstalign builds: a word, a sequence, or alternatives side by
 * side (an entity's candidates, a synonym rule's alternatives). Words are ids of a per-pair
 * {@link Words} table.
 */
sealed interface Node permits Node.Leaf, Node.Seq, Node.Alt {

    /** One word. */
    record Leaf(int word) implements Node {
    }

    /** Words and alternatives in a row; may be empty (an empty candidate). */
    record Seq(List<Node> items) implements Node {
        public Seq {
            items = List.copyOf(items);
        }
    }

    /** Alternatives, any one of which may be taken. */
    record Alt(List<Seq> options) implements Node {
        public Alt {
            options = List.copyOf(options);
        }
    }

    /** This node with every sequence in reverse order (alternatives keep their order). */
    default Node reversed() {
        if (this instanceof Leaf) {
            return this;
        }
        if (this instanceof Seq s) {
            List<Node> items = new java.util.ArrayList<>(s.items().size());
            for (int k = s.items().size() - 1; k >= 0; k--) {
                items.add(s.items().get(k).reversed());
            }
            return new Seq(items);
        }
        List<Seq> options = new java.util.ArrayList<>();
        for (Seq o : ((Alt) this).options()) {
            options.add((Seq) o.reversed());
        }
        return new Alt(options);
    }

    /**
     * Appends the words of this node as written ({@code out}: word ids): every word of a sequence,
     * and of alternatives the first, which is the written words of a synonym region or an entity.
     */
    default void written(java.util.List<Integer> out) {
        if (this instanceof Leaf l) {
            out.add(l.word());
        } else if (this instanceof Seq q) {
            for (Node n : q.items()) {
                n.written(out);
            }
        } else {
            ((Alt) this).options().get(0).written(out);
        }
    }

    /** Appends this node as sclite trn markup ({@code { a b / c / @ }}), each word written as its id. */
    default void markup(StringBuilder sb) {
        if (this instanceof Leaf l) {
            sb.append(l.word()).append(' ');
        } else if (this instanceof Seq s) {
            for (Node n : s.items()) {
                n.markup(sb);
            }
        } else {
            Alt a = (Alt) this;
            sb.append("{ ");
            for (int k = 0; k < a.options().size(); k++) {
                if (k > 0) {
                    sb.append("/ ");
                }
                Seq o = a.options().get(k);
                if (o.items().isEmpty()) {
                    sb.append("@ ");
                } else {
                    o.markup(sb);
                }
            }
            sb.append("} ");
        }
    }
}
