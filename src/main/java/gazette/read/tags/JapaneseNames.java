package gazette.read.tags;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

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
        final boolean oneWord;
        boolean person;
        int count;
        boolean inTitle;

        Candidate(String name, boolean oneWord) {
            this.name = name;
            this.oneWord = oneWord;
        }
    }

    private static Candidate add(Map<String, Candidate> candidates, Name n) {
        Candidate c = candidates.computeIfAbsent(n.text(), k -> new Candidate(k, n.oneWord()));
        c.person |= n.person();
        return c;
    }

    /** The names, best first: those in the title, then by mentions, then by first mention. */
    static List<String> names(String title, List<String> paragraphs) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (Name n : names(title)) add(candidates, n).inTitle = true;
        for (String p : paragraphs) {
            for (Name n : names(p)) add(candidates, n).count++;
        }
        // "山田さん" after "山田太郎" is the same person: counted there
        List<Candidate> all = new ArrayList<>(candidates.values());
        for (Candidate c : all) {
            if (!c.oneWord) continue;
            for (Candidate longer : all) {
                if (longer != c && longer.person && longer.name.startsWith(c.name) && longer.name.length() > c.name.length()) {
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

    /** A name as written; whether it is one word alone (a surname, "山田さん"), and whether a person's. */
    private record Name(String text, boolean oneWord, boolean person) {}

    /** One word of the analysed text: where it stands, and its part of speech (名詞-固有名詞-人名-姓). */
    private record Token(String text, String pos, int start, int end) {
        boolean proper() {
            return pos.startsWith("名詞-固有名詞");
        }

        boolean person() {
            return pos.startsWith("名詞-固有名詞-人名");
        }

        boolean place() {
            return pos.startsWith("名詞-固有名詞-地域");
        }

        boolean common() {
            return pos.equals("名詞-一般");
        }

        boolean prefix() {
            return pos.equals("接頭詞-名詞接続");
        }

        /** Nouns a name may be made of: common and proper nouns, and place and name suffixes (都, 市, 駅). */
        boolean nounPart() {
            return (common() || proper() || pos.equals("名詞-接尾-地域") || pos.equals("名詞-接尾-一般")) && japaneseOnly();
        }

        /** A word of kana alone: a verb's or a particle's unless the analyser says otherwise. */
        boolean kana() {
            return text.codePoints().allMatch(JapaneseNames::isKana);
        }

        boolean katakana() {
            return text.codePoints().allMatch(cp -> cp == 'ー' || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA);
        }

        boolean latin() {
            return Character.isLetter(text.codePointAt(0)) && Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.LATIN;
        }

        /** "Android", "64GB": Latin letters and digits are never part of a Japanese name here. */
        private boolean japaneseOnly() {
            return text.codePoints().allMatch(cp -> Words.isSpaceless(cp) || cp == 'ー' || cp == '々' || cp == '〇');
        }
    }

    /** Offices, ranks and roles around a name (首相, 大関, 選手): not part of it. */
    private static final Set<String> OFFICES = Set.of(
            "首相", "大統領", "知事", "市長", "町長", "村長", "議員", "議長", "大臣", "長官", "社長", "会長", "頭取",
            "監督", "選手", "投手", "捕手", "主将", "代表", "被告", "容疑者", "氏", "さん", "君", "様",
            "横綱", "大関", "関脇", "小結", "前頭", "女優", "俳優", "歌手", "記者", "総裁", "総理", "幹事長", "書記長",
            "党首", "委員長", "官房長官", "外相", "財務相", "農相", "首長");

    /** Common nouns that end the names of companies, schools and institutions, ships and wrestlers (丸). */
    private static final Set<String> ORGANISATIONS = Set.of(
            "食品", "学園", "学院", "大学", "高校", "銀行", "電機", "電気", "証券", "新聞", "放送", "工業", "商事", "建設",
            "製薬", "自動車", "電鉄", "鉄道", "航空", "病院", "商店", "物産", "産業", "重工", "製作所", "劇場", "美術館", "博物館",
            "丸");

    /** Words the dictionary calls proper nouns that name no one here. */
    private static final Set<String> NOT_NAMES = Set.of("自社", "同社", "当社", "本社", "両社", "各社");

    /** The names of one text, each run of adjacent nouns that holds a proper noun. */
    private static List<Name> names(String text) {
        List<Token> tokens = tokens(text);
        List<Name> out = new ArrayList<>();
        int k = 0;
        while (k < tokens.size()) {
            Token t = tokens.get(k);
            boolean startsName = t.nounPart() || t.prefix() && k + 1 < tokens.size() && adjacent(t, tokens.get(k + 1))
                    && tokens.get(k + 1).proper() && tokens.get(k + 1).japaneseOnly();
            if (!startsName) {
                k++;
                continue;
            }
            // "まいにちマート" read as verb + name: kana running into a kana name cut it
            boolean cut = k > 0 && adjacent(tokens.get(k - 1), t) && t.kana() && tokens.get(k - 1).kana()
                    && !tokens.get(k - 1).pos().startsWith("助詞") && !tokens.get(k - 1).pos().startsWith("助動詞");
            List<Token> run = new ArrayList<>();
            run.add(t);
            k++;
            while (k < tokens.size() && adjacent(tokens.get(k - 1), tokens.get(k))) {
                Token next = tokens.get(k);
                // "晋三": a given name may end in a numeral kanji
                boolean numeralInName = next.pos().startsWith("名詞-数") && run.get(run.size() - 1).person()
                        && next.text().length() == 1 && "一二三四五六七八九十".contains(next.text());
                // "取引" + "所": a verbal noun inside an institution's name
                boolean verbalNoun = next.pos().equals("名詞-サ変接続") && next.japaneseOnly() && k + 1 < tokens.size()
                        && adjacent(next, tokens.get(k + 1)) && tokens.get(k + 1).pos().equals("名詞-接尾-一般");
                if (!next.nounPart() && !numeralInName && !verbalNoun) break;
                run.add(next);
                k++;
            }
            // "ひかりBook": a name that runs on in Latin letters is cut here
            if (k < tokens.size() && adjacent(tokens.get(k - 1), tokens.get(k)) && tokens.get(k).latin()) cut = true;
            Name n = cut ? null : name(run);
            if (n != null) out.add(n);
        }
        return out;
    }

    private static boolean adjacent(Token a, Token b) {
        return a.end() == b.start();
    }

    /**
     * The name a run of nouns makes: none without a proper noun; a person's name without the
     * office or role around it (首相安倍晋三, 山田太郎監督); a place without the common nouns after
     * it (日本企業, 松本選手); nothing of Latin letters alone.
     */
    private static Name name(List<Token> run) {
        boolean[] proper = new boolean[run.size()];
        for (int k = 0; k < run.size(); k++) {
            Token t = run.get(k);
            // "スマート" + "フォン": a loanword cut in two, not a surname
            boolean splitLoanword = t.katakana() && (k > 0 && run.get(k - 1).katakana() && !run.get(k - 1).proper()
                    || k + 1 < run.size() && run.get(k + 1).katakana() && !run.get(k + 1).proper());
            proper[k] = t.proper() && !splitLoanword && !NOT_NAMES.contains(t.text());
        }
        int first = -1;
        int last = -1;
        int firstPerson = -1;
        int lastPerson = -1;
        for (int k = 0; k < run.size(); k++) {
            if (!proper[k]) continue;
            if (first < 0) first = k;
            last = k;
            if (run.get(k).person()) {
                if (firstPerson < 0) firstPerson = k;
                lastPerson = k;
            }
        }
        if (first < 0) return null;
        int from;
        int to;
        if (firstPerson >= 0) {
            from = firstPerson;
            to = lastPerson + 1;
            // a numeral that finishes a given name
            while (to < run.size() && run.get(to).pos().startsWith("名詞-数")) to++;
        } else {
            // common nouns before a place are no part of it (猛暑群馬), but 国土 is of 国土交通省
            from = run.get(first).place() ? first : 0;
            if (from > 0 && run.get(from - 1).prefix()) from--; // 若 + 嶺山
            to = run.size();
            // a place and the common nouns after it is the place and a thing: 日本企業, シリア情勢
            // but 北星食品, 陸奥学園 are companies and schools
            if (run.get(last).place() && !ORGANISATIONS.contains(run.get(run.size() - 1).text())) {
                while (to > last + 1 && run.get(to - 1).common() && !run.get(to - 1).katakana()) to--;
            }
        }
        while (to > from && OFFICES.contains(run.get(to - 1).text())) to--;
        while (from < to && OFFICES.contains(run.get(from).text())) from++;
        if (to - from > MAX_TOKENS || to <= from) return null;
        StringBuilder s = new StringBuilder();
        for (int k = from; k < to; k++) s.append(run.get(k).text());
        String text = s.toString();
        if (text.codePointCount(0, text.length()) < 2 || !hasJapanese(text)) return null;
        return new Name(text, to - from == 1, firstPerson >= 0);
    }

    private static boolean isKana(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA || cp == 'ー';
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
        // punctuation kept, so that no name runs across "、", "「" or a space
        try (JapaneseTokenizer t = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL)) {
            CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
            PartOfSpeechAttribute pos = t.addAttribute(PartOfSpeechAttribute.class);
            OffsetAttribute offset = t.addAttribute(OffsetAttribute.class);
            t.setReader(new StringReader(text));
            t.reset();
            while (t.incrementToken()) {
                String p = pos.getPartOfSpeech() == null ? "" : pos.getPartOfSpeech();
                out.add(new Token(term.toString(), p, offset.startOffset(), offset.endOffset()));
            }
            t.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return out;
    }
}
