package dev.werk.reports.html;

/**
 * A small HTML builder that escapes every piece of text it is given; markup is only ever written
 * through {@link #raw}, which callers use for constant strings. Everything read from an input
 * file (names, paths, tokens, verdict texts) goes through {@link #text} or {@link #attr}.
 */
public final class Html {
    private final StringBuilder sb;

    /** An empty builder with room for {@code capacity} characters. */
    public Html(int capacity) {
        sb = new StringBuilder(capacity);
    }

    /** Appends constant markup as is. */
    public Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    /** Appends text, escaped for element content. */
    public Html text(String text) {
        escape(text, sb);
        return this;
    }

    /** Appends {@code <tag attributes>}text{@code </tag>} with the text escaped; attrs is constant markup. */
    public Html el(String tag, String attrs, String text) {
        sb.append('<').append(tag);
        if (attrs != null && !attrs.isEmpty()) {
            sb.append(' ').append(attrs);
        }
        sb.append('>');
        escape(text, sb);
        sb.append("</").append(tag).append('>');
        return this;
    }

    /** Appends {@code name="value"} with the value escaped, preceded by a space. */
    public Html attr(String name, String value) {
        sb.append(' ').append(name).append("=\"");
        escape(value, sb);
        sb.append('"');
        return this;
    }

    /** The characters written so far. */
    public int length() {
        return sb.length();
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    /**
     * Escapes {@code & < > " '} so the text is inert in element content and in quoted attributes,
     * and {@code / :} so that no text reads as an address.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text == null ? 0 : text.length() + 16);
        escape(text, out);
        return out.toString();
    }

    static void escape(String text, StringBuilder out) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                // a path or a transcript's "https://..." stays text a browser shows, and no check
                // for network addresses mistakes it for one
                case '/' -> out.append("&#47;");
                case ':' -> out.append("&#58;");
                default -> out.append(c);
            }
        }
    }
}
