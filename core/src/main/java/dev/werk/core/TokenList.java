package dev.werk.core;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * One side's tokens as an unmodifiable list: either the strings themselves, or ids into a table
 * of word strings (a {@link Vocabulary}'s, {@link Vocabulary#table()}), so scoring a pair makes
 * no array of strings per side. The table holds a string at every id the list names before the
 * list is made and that entry never changes; entries past them may be filled in later by the
 * vocabulary's thread, and no list reads them.
 */
final class TokenList extends AbstractList<String> implements RandomAccess {
    private final String[] table;
    private final int[] ids;

    private TokenList(String[] table, int[] ids) {
        this.table = table;
        this.ids = ids;
    }

    /** The tokens {@code tokens}, owned by the list from now on. */
    static TokenList of(String[] tokens) {
        return new TokenList(tokens, null);
    }

    /** Tokens {@code table[ids[0]]}, {@code table[ids[1]]}, ...; both arrays are owned by their makers and never change where read. */
    static TokenList of(String[] table, int[] ids) {
        return new TokenList(table, ids);
    }

    @Override
    public String get(int index) {
        return ids == null ? table[index] : table[ids[index]];
    }

    @Override
    public int size() {
        return ids == null ? table.length : ids.length;
    }
}
