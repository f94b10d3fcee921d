package dev.werk.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * EnglishTextNormalizer's replacement table, in its order: common contractions ({@code won't} →
 * {@code will not}, {@code gonna} → {@code going to}, ...), titles ({@code mr} → {@code mister},
 * {@code st} → {@code saint}, ...), perfect tenses ({@code 's been} → {@code has been}) and general
 * contractions ({@code n't} → {@code not}, {@code 's} → {@code is}, ...). Named {@code
 * whisper-replacers} with both groups, {@code whisper-contractions} or {@code whisper-titles} with
 * one of them.
 */
final class WhisperReplacers implements Step {
    static final String NAME = "whisper-replacers";
    static final String NAME_CONTRACTIONS = "whisper-contractions";
    static final String NAME_TITLES = "whisper-titles";

    /**
     * {Python regex, replacement, group}: "c" for contractions, "t" for titles. Each regex is a
     * literal between optional \b, applied by {@link LiteralRule}.
     */
    static final String[][] TABLE = {
        {"\\bwon't\\b", "will not", "c"},
        {"\\bcan't\\b", "can not", "c"},
        {"\\blet's\\b", "let us", "c"},
        {"\\bain't\\b", "aint", "c"},
        {"\\by'all\\b", "you all", "c"},
        {"\\bwanna\\b", "want to", "c"},
        {"\\bgotta\\b", "got to", "c"},
        {"\\bgonna\\b", "going to", "c"},
        {"\\bi'ma\\b", "i am going to", "c"},
        {"\\bimma\\b", "i am going to", "c"},
        {"\\bwoulda\\b", "would have", "c"},
        {"\\bcoulda\\b", "could have", "c"},
        {"\\bshoulda\\b", "should have", "c"},
        {"\\bma'am\\b", "madam", "c"},
        {"\\bmr\\b", "mister ", "t"},
        {"\\bmrs\\b", "missus ", "t"},
        {"\\bst\\b", "saint ", "t"},
        {"\\bdr\\b", "doctor ", "t"},
        {"\\bprof\\b", "professor ", "t"},
        {"\\bcapt\\b", "captain ", "t"},
        {"\\bgov\\b", "governor ", "t"},
        {"\\bald\\b", "alderman ", "t"},
        {"\\bgen\\b", "general ", "t"},
        {"\\bsen\\b", "senator ", "t"},
        {"\\brep\\b", "representative ", "t"},
        {"\\bpres\\b", "president ", "t"},
        {"\\brev\\b", "reverend ", "t"},
        {"\\bhon\\b", "honorable ", "t"},
        {"\\basst\\b", "assistant ", "t"},
        {"\\bassoc\\b", "associate ", "t"},
        {"\\blt\\b", "lieutenant ", "t"},
        {"\\bcol\\b", "colonel ", "t"},
        {"\\bjr\\b", "junior ", "t"},
        {"\\bsr\\b", "senior ", "t"},
        {"\\besq\\b", "esquire ", "t"},
        {"'d been\\b", " had been", "c"},
        {"'s been\\b", " has been", "c"},
        {"'d gone\\b", " had gone", "c"},
        {"'s gone\\b", " has gone", "c"},
        {"'d done\\b", " had done", "c"},
        {"'s got\\b", " has got", "c"},
        {"n't\\b", " not", "c"},
        {"'re\\b", " are", "c"},
        {"'s\\b", " is", "c"},
        {"'d\\b", " would", "c"},
        {"'ll\\b", " will", "c"},
        {"'t\\b", " not", "c"},
        {"'ve\\b", " have", "c"},
        {"'m\\b", " am", "c"},
    };

    private final String name;
    private final LiteralRule[] rules;

    WhisperReplacers(boolean contractions, boolean titles) {
        if (!contractions && !titles) {
            throw new IllegalArgumentException("whisper replacers need contractions or titles");
        }
        this.name = contractions && titles ? NAME : contractions ? NAME_CONTRACTIONS : NAME_TITLES;
        List<String[]> rows = new ArrayList<>();
        for (String[] row : TABLE) {
            if (row[2].equals("c") ? contractions : titles) {
                rows.add(row);
            }
        }
        rules = new LiteralRule[rows.size()];
        for (int k = 0; k < rows.size(); k++) {
            rules[k] = new LiteralRule(rows.get(k)[0], rows.get(k)[1]);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String apply(String text) {
        String s = text;
        for (LiteralRule rule : rules) {
            s = rule.apply(s);
        }
        return s;
    }

    @Override
    public MappedText apply(MappedText in) {
        MappedText m = in;
        for (LiteralRule rule : rules) {
            m = rule.apply(m);
        }
        return m;
    }
}
