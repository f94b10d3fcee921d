package dev.werk.core.align;

import java.util.Arrays;

/**
 * Collects the steps of a traceback, which runs from the last word to the first, and turns them
 * into an {@link Alignment} in reading order. Reusable: {@link #build()} resets it.
 */
final class StepsBuilder {
    static final byte HIT = 0;
    static final byte SUB = 1;
    static final byte DEL = 2;
    static final byte INS = 3;

    private byte[] reversed = new byte[64];
    private int size;

    void add(byte code) {
        if (size == reversed.length) {
            reversed = Arrays.copyOf(reversed, size * 2);
        }
        reversed[size++] = code;
    }

    /** Adds {@code count} copies of one step (e.g. a common suffix of hits). */
    void add(byte code, int count) {
        for (int k = 0; k < count; k++) {
            add(code);
        }
    }

    Alignment build() {
        byte[] ops = new byte[size];
        for (int k = 0; k < size; k++) {
            ops[k] = reversed[size - 1 - k];
        }
        size = 0;
        return new Alignment(ops);
    }
}
