package gazette.read.tags;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The people, places and organisations a Japanese article names, in Japanese script: the proper
 * nouns Kuromoji's morphological analyser marks (名詞-固有名詞: 人名, 地域, 組織, 一般), joined
 * with the nouns they stand in (東京 + 都, 国土 + 交通省, 株式会社 + みなと + 電機, 山田 + 太郎).
 * Latin acronyms and units in the text (GB, Mbps, DVD) are no names here. As for English, a name
 * counts when it stands in the title or recurs in the body.
 */
final class JapaneseNames {
    /** Most tokens in one name: longer runs of nouns are phrases. */
    private static final int MAX_TOKENS = 5;

    private JapaneseNames() {
    }

    /** True when the text is Japanese: kana make up a fair share of its letters (Chinese has none). */
    static boolean isJapanese(String title, List<String> paragraphs) {
        int letters = 0;
        int kana = 0;
        StringBuilder sample = new StringBuilder(title);
        for (String p : paragraphs) {
            if (sample.length() > 2000) break;
            sample.append('\n').append(p);
        }
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                Character.UnicodeScript s = Character.UnicodeScript.of(cp);
                if (s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) kana++;
            }
            i += Character.charCount(cp);
        }
        return letters > 0 && kana * 10 >= letters;
    }

    private static final class Candidate {
        final String name;
        final boolean surnameOnly;
        int count;
        boolean inTitle;

        Candidate(String name, boolean surnameOnly) {
            this.name = name;
            this.surnameOnly = surnameOnly;
        }
    }

    /** The names, best first: those in the title, then by mentions, then by first mention. */
    static List<String> names(String title, List<String> paragraphs) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (Name n : names(title)) candidates.computeIfAbsent(n.text(), k -> new Candidate(k, n.surnameOnly())).inTitle = true;
        for (String p : paragraphs) {
            for (Name n : names(p)) candidates.computeIfAbsent(n.text(), k -> new Candidate(k, n.surnameOnly())).count++;
        }
        // "山田さん" after "山田太郎" is the same person: counted there
        List<Candidate> all = new ArrayList<>(candidates.values());
        for (Candidate c : all) {
            if (!c.surnameOnly) continue;
            for (Candidate longer : all) {
                if (longer != c && !longer.surnameOnly && longer.name.startsWith(c.name) && longer.name.length() > c.name.length()) {
                    longer.count += c.count;
                    longer.inTitle |= c.inTitle;
                    c.count = -1;
                    break;
                }
            }
        }
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : all) if (c.count >= 0 && (c.inTitle || c.count >= 2)) chosen.add(c);
        chosen.sort(Comparator.comparing((Candidate c) -> !c.inTitle).thenComparing(c -> -c.count));
        List<String> out = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) out.add(c.name);
        return out;
    }

    /** A name as written, and whether it is a surname alone. */
    private record Name(String text, boolean surnameOnly) {}

    private record Token(String text, String pos) {
        boolean proper() {
            return pos.startsWith("名詞-固有名詞");
        }

        boolean person() {
            return pos.startsWith("名詞-固有名詞-人名");
        }

        /** Nouns a name may be made of: common and proper nouns, and place and name suffixes (都, 市, 駅). */
        boolean nounPart() {
            return pos.equals("名詞-一般") || proper() || pos.equals("名詞-接尾-地域") || pos.equals("名詞-接尾-一般");
        }
    }

    /** The names of one text, each run of nouns that holds a proper noun. */
    private static List<Name> names(String text) {
        List<Name> out = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        for (Token t : tokens(text)) {
            // "晋三": a name may end in a numeral kanji
            boolean numeralInName = t.pos().startsWith("名詞-数") && !run.isEmpty() && run.get(run.size() - 1).person()
                    && t.text().length() == 1 && "一二三四五六七八九十".contains(t.text());
            if (t.nounPart() || numeralInName) {
                run.add(t);
                continue;
            }
            flush(run, out);
        }
        flush(run, out);
        return out;
    }

    private static void flush(List<Token> run, List<Name> out) {
        if (!run.isEmpty()) {
            Name n = name(run);
            if (n != null) out.add(n);
            run.clear();
        }
    }

    /**
     * The name a run of nouns makes: none without a proper noun; a person's name without the
     * office or role around it (首相安倍晋三, 山田太郎監督); nothing of Latin letters alone.
     */
    private static Name name(List<Token> run) {
        int first = -1;
        int last = -1;
        int lastPerson = -1;
        int firstPerson = -1;
        for (int k = 0; k < run.size(); k++) {
            if (run.get(k).proper()) {
                if (first < 0) first = k;
                last = k;
            }
            if (run.get(k).person()) {
                if (firstPerson < 0) firstPerson = k;
                lastPerson = k;
            }
        }
        if (first < 0) return null;
        int from = 0;
        int to = run.size();
        if (firstPerson >= 0) {
            from = firstPerson;
            to = lastPerson + 1;
            // a numeral that finishes a given name
            while (to < run.size() && run.get(to).pos().startsWith("名詞-数")) to++;
        }
        if (to - from > MAX_TOKENS) return null;
        StringBuilder s = new StringBuilder();
        for (int k = from; k < to; k++) s.append(run.get(k).text());
        String text = s.toString();
        if (text.codePointCount(0, text.length()) < 2 || !hasJapanese(text)) return null;
        boolean surnameOnly = to - from == 1 && run.get(from).pos().equals("名詞-固有名詞-人名-姓");
        return new Name(text, surnameOnly);
    }

    private static boolean hasJapanese(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Words.isSpaceless(cp)) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        // a tokenizer is not for two threads at once; the dictionary behind it is shared and loaded once
        try (JapaneseTokenizer t = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL)) {
            CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
            PartOfSpeechAttribute pos = t.addAttribute(PartOfSpeechAttribute.class);
            t.setReader(new StringReader(text));
            t.reset();
            while (t.incrementToken()) out.add(new Token(term.toString(), pos.getPartOfSpeech() == null ? "" : pos.getPartOfSpeech()));
            t.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return out;
    }
}
