package dev.werk.core.fstalign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A per-pair word ↔ id table (fstalign's symbol table, in spirit): ids 0, 1, 2, … in order of first use. */
final class Words {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();

    int intern(String w) {
        Integer id = ids.get(w);
        if (id == null) {
            id = words.size();
            ids.put(w, id);
            words.add(w);
        }
        return id;
    }

    String word(int id) {
        return words.get(id);
    }
}
