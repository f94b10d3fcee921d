package dev.werk.core.text;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * {@code whisper-spellings}: Whisper's EnglishSpellingNormalizer: each word found in the bundled
 * British-to-American map ({@code english-spellings.json}, 1,739 entries, MIT, see the NOTICE
 * beside it) is replaced by its American spelling. Words are whitespace-separated; the output is
 * single-spaced. The map is read on first use.
 */
final class WhisperSpellings implements Step {
    static final String NAME = "whisper-spellings";
    static final String RESOURCE = "english-spellings.json";

    /** Loaded on first use by the JVM's class initialisation, which is thread-safe. */
    private static final class Holder {
        static final Map<String, String> MAP = load();
    }

    @Override
    public boolean readsWords() {
        return true;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String apply(String text) {
        Map<String, String> map = Holder.MAP;
        StringBuilder out = new StringBuilder(text.length());
        for (String word : Chars.words(text)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(map.getOrDefault(word, word));
        }
        return out.toString();
    }

    @Override
    public MappedText apply(MappedText in) {
        Map<String, String> map = Holder.MAP;
        WordSpans words = WordSpans.of(in.text);
        MappedText.Builder b = new MappedText.Builder(in);
        for (int w = 0; w < words.size(); w++) {
            Span span = words.word(w);
            String word = in.text.substring(span.start(), span.end());
            String american = map.get(word);
            b.separator(w > 0 ? words.word(w - 1).end() : 0, span.start());
            if (american == null) {
                b.copy(span.start(), span.end());
            } else {
                b.emit(american, span.start(), span.end());
            }
        }
        return b.build();
    }

    static Map<String, String> map() {
        return Holder.MAP;
    }

    private static Map<String, String> load() {
        try (InputStream in = WhisperSpellings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the werk-core jar");
            }
            return Map.copyOf(new ObjectMapper().readValue(in, new TypeReference<Map<String, String>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
