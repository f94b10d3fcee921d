package dev.werk.reports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.werk.core.terms.Confusion;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Field writers the JSON renderers share, so each rule of the contracts is written once. */
final class JsonFields {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonFields() {
    }

    /** A pretty-printing generator over {@code out} that leaves {@code out} open when it is closed. */
    static JsonGenerator open(Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        return g;
    }

    /** {@code name: value}, or {@code name: null} for an undefined rate or an unknown time (NaN). */
    static void number(JsonGenerator g, String name, double value) throws IOException {
        if (Double.isNaN(value)) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    /**
     * {@code confusions: [{term, heard, count}]} as werk terms and werk compare write them; without
     * {@code withTerm} (inside one term's row) the term is left out.
     */
    static void confusions(JsonGenerator g, List<Confusion> confusions, boolean withTerm) throws IOException {
        g.writeArrayFieldStart("confusions");
        for (Confusion c : confusions) {
            g.writeStartObject();
            if (withTerm) {
                g.writeStringField("term", c.term());
            }
            g.writeStringField("heard", c.heard());
            g.writeNumberField("count", c.count());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
