package dev.werk.core.markup;

import java.util.ArrayList;
import java.util.List;

/**
 * A word graph under construction, with sclite's own list operations so that every node's in-arcs
 * and out-arcs end up in the order sclite's network has them. That order decides the traversal order
 * of the arcs and which of equally cheap predecessors the alignment keeps, so it must match exactly.
 *
 * <p>The graph starts with a start node and no stop node; the first appended arc creates the stop
 * node. Arcs carry a {@link Word}; a null word marks a placeholder (an alternation not yet expanded,
 * or the head arc added before alignment).
 */
final class ArcGraph {

    /** A node with its in-arcs and out-arcs, in sclite's list order. */
    static final class Node {
        final List<Arc> in = new ArrayList<>(2);
        final List<Arc> out = new ArrayList<>(2);
        /** Scratch for the in-order traversal: in-arcs not yet seen. */
        int pending;
    }

    /** An arc between two nodes carrying one word (null for a placeholder). */
    static final class Arc {
        final Word word;
        Node from;
        Node to;
        /** Position in the traversal order, set when the graph is frozen. */
        int index = -1;

        Arc(Word word) {
            this.word = word;
        }
    }

    final Node start = new Node();
    Node stop;

    /** Appends an arc at the end of a linear graph (sclite's add-arc-to-tail) and returns it. */
    Arc append(Word word) {
        return stop == null ? insertAfter(start, word) : insertBefore(stop, word);
    }

    /**
     * A new arc leaving {@code node}; the arcs that left {@code node} now leave the arc's new end
     * node, in their order. Creates the stop node when there is none.
     */
    Arc insertAfter(Node node, Word word) {
        Arc arc = new Arc(word);
        Node end = new Node();
        arc.from = node;
        arc.to = end;
        end.in.add(arc);
        if (stop == null) {
            stop = end;
        }
        for (Arc o : node.out) {
            end.out.add(o);
            o.from = end;
        }
        node.out.clear();
        node.out.add(arc);
        return arc;
    }

    /** A new arc entering {@code node}; the arcs that entered {@code node} now enter the arc's new start node. */
    Arc insertBefore(Node node, Word word) {
        Arc arc = new Arc(word);
        Node begin = new Node();
        arc.from = begin;
        arc.to = node;
        begin.out.add(arc);
        for (Arc i : node.in) {
            begin.in.add(i);
            i.to = begin;
        }
        node.in.clear();
        node.in.add(arc);
        return arc;
    }

    /**
     * Links {@code sub} between {@code from} and {@code to}: the arcs leaving sub's start are
     * appended to {@code from}'s out-arcs and the arcs entering sub's stop to {@code to}'s in-arcs.
     * {@code sub} must not be empty and is consumed.
     */
    static void mergeBetween(Node from, Node to, ArcGraph sub) {
        for (Arc a : sub.start.out) {
            if (!from.out.contains(a)) {
                from.out.add(a);
            }
            a.from = from;
        }
        for (Arc a : sub.stop.in) {
            if (!to.in.contains(a)) {
                to.in.add(a);
            }
            a.to = to;
        }
    }

    /** Replaces the placeholder {@code arc} by {@code sub} (merged between its ends), then removes the arc. */
    static void replace(Arc arc, ArcGraph sub) {
        mergeBetween(arc.from, arc.to, sub);
        arc.from.out.remove(arc);
        arc.to.in.remove(arc);
    }
}
