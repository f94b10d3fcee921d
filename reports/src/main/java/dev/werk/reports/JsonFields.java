package dev.werk.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Field writers the JSON renderers share, so each rule of the contracts is written once. */
final class JsonFields {
    private JsonFields() {
    }

    /** {@code name: value}, or {@code name: null} for an undefined rate or an unknown time (NaN). */
    static void number(JsonGenerator g, String name, double value) throws IOException {
        if (Double.isNaN(value)) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }
}
