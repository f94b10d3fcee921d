package dev.werk.core.fstalign;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A wer_tag file ({@code <call>.wer_tag.json}, fstalign's {@code --wer-sidecar}): entity id →
 * {@code entity_type}, the class of each id of the reference's {@code wer_tags} column.
 *
 * <pre>{@code {"0": {"entity_type": "YEAR"}, "1": {"entity_type": "CARDINAL"}}}</pre>
 */
public final class EntityTypes {
    /** No file. */
    public static final EntityTypes NONE = new EntityTypes(null, Map.of(), Map.of());

    private final Path file;
    private final Map<String, String> types;
    private final Map<String, Integer> lines;

    private EntityTypes(Path file, Map<String, String> types, Map<String, Integer> lines) {
        this.file = file;
        this.types = types;
        this.lines = lines;
    }

    /**
     * Reads a wer_tag file: a JSON object of objects, each with a string {@code entity_type}.
     *
     * @throws dev.werk.core.io.WerkDataException naming file, line and JSON path otherwise
     */
    public static EntityTypes read(Path file) throws IOException {
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        JsonFiles.readObject(file, (id, p) -> {
            String path = JsonFiles.path(id);
            lines.put(id, p.currentLocation().getLineNr());
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw JsonFiles.error(file, p, path, "expected an object with 'entity_type'");
            }
            String type = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (field.equals("entity_type")) {
                    if (v != JsonToken.VALUE_STRING || p.getText().isBlank()) {
                        throw JsonFiles.error(file, p, path + ".entity_type", "expected a class name (a string)");
                    }
                    type = p.getText();
                } else {
                    p.skipChildren();
                }
            }
            if (type == null) {
                throw JsonFiles.error(file, p, path, "no 'entity_type'");
            }
            types.put(id, type);
        });
        return new EntityTypes(file, Collections.unmodifiableMap(types), Collections.unmodifiableMap(lines));
    }

    /** The file read, or null for {@link #NONE}. */
    public Path file() {
        return file;
    }

    /** The ids the file defines, in file order. */
    public Set<String> ids() {
        return types.keySet();
    }

    /** The class of {@code id}, or null. */
    public String typeOf(String id) {
        return types.get(id);
    }

    int lineOf(String id) {
        return lines.getOrDefault(id, 0);
    }
}
