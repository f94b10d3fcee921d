package dev.werk.core.fstalign;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.werk.core.io.WerkDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streaming reads of fstalign's JSON side files, so that every complaint names the file, the line
 * and the JSON path ({@code $."12".candidates[0].verbalization}).
 */
final class JsonFiles {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonFiles() {
    }

    /** Visits one entry of the top-level object: its id, with the parser on the value's first token. */
    interface EntryReader {
        void read(String id, JsonParser p) throws IOException;
    }

    /** Reads a file whose root is an object keyed by entity id. */
    static void readObject(Path file, EntryReader reader) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try (JsonParser p = FACTORY.createParser(bytes)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                throw error(file, p, "$", t == null ? "the file is empty, not a JSON object" : "expected a JSON object keyed by entity id");
            }
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String id = p.currentName();
                p.nextToken();
                reader.read(id, p);
            }
            if (p.nextToken() != null) {
                throw error(file, p, "$", "text after the closing '}'");
            }
        } catch (JsonParseException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String msg = e.getOriginalMessage().replaceAll("\\s+", " ");
            throw new WerkDataException(file, Math.max(line, 0), "not valid JSON: " + msg);
        }
    }

    /** A data error at the parser's current line. */
    static WerkDataException error(Path file, JsonParser p, String path, String problem) {
        long line = p.currentLocation() == null ? 0 : p.currentLocation().getLineNr();
        return new WerkDataException(file, Math.max(line, 0), path + ": " + problem);
    }

    /** {@code $."id"}, quoted as a JSON string. */
    static String path(String id) {
        return "$.\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
