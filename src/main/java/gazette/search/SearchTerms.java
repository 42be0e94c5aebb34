package gazette.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Text to search terms. The search page's script (templates/static/search-words.js) splits a query by
 * the same rules ({@link #query}), so the two must change together; a table of cases both are
 * tested against is in the tests' resources (gazette/search/analysis-cases.tsv):
 * <ol>
 *   <li>a word is a run of letters and numbers (combining marks within it belong to it);</li>
 *   <li>each word is folded: NFKD, the combining marks on Latin, Greek and Cyrillic letters
 *       dropped (so "Café", "CAFE" and "cafe" are one term) but no others (the voicing marks of
 *       kana are letters of their own: ビール is not ヒール), NFC again, lower case, and Greek's
 *       final ς as σ;</li>
 *   <li>words joined by hyphens ("e-mail", "well-known") are one word, written together
 *       ("email"); the index also keeps each part ("mail"), so both queries find it;</li>
 *   <li>{@link #STOP_WORDS} are dropped (they are in nearly every article, and would only cost bytes);</li>
 *   <li>on an English site, plurals are cut to their singular by a light stemmer
 *       ({@link Stemmer#ENGLISH}: "elections" and "election" are one term, "policies" is "policy");</li>
 *   <li>a word of one character is dropped, a longer one is cut at {@link #MAX_LENGTH};</li>
 *   <li>Chinese, Japanese and Korean words are not split by spaces: a run of Han, Hiragana,
 *       Katakana or Hangul gives its overlapping pairs of characters ("東京都" → "東京", "京都");
 *       the index also keeps each character, so that a query of one character ("港") finds it,
 *       while a longer query looks for its pairs, which is more precise.</li>
 * </ol>
 * Folding word by word, not the whole text, keeps the common case cheap: a word of plain ASCII
 * is only lower-cased.
 */
public final class SearchTerms {
    public static final int MAX_LENGTH = 24;
    /** Filter terms, indexed with each article beside its words: "year:2005", "section:politics", "tag:iraq" (slugs). */
    public static final String YEAR = "year:", SECTION = "section:", TAG = "tag:";

    /** English function words; written into the index so the page drops the same ones. */
    public static final Set<String> STOP_WORDS = Set.of(("a an and are as at be but by for from has have he her his in is it its "
            + "of on or she that the their they this to was were which who will with").split(" "));

    /** Marks on letters of the scripts whose accents a reader leaves out when typing; not on kana, Devanagari or Hangul. */
    private static final Pattern ACCENTS = Pattern.compile("([\\p{IsLatin}\\p{IsGreek}\\p{IsCyrillic}])\\p{M}+");

    /** How words are cut to their stem: by the site's language. */
    public enum Stemmer {
        /** Words as they are. */
        NONE,
        /**
         * English plurals: "-ies" to "-y" (but not "-eies", "-aies"), a final "s" dropped except
         * after "u", "s", or in "-aes", "-ees", "-oes", "-ies" (kept as they are); words under three
         * letters untouched. The "S-stemmer" of Harman (1991), as Lucene's minimal English stemmer.
         */
        ENGLISH;

        /** English for a site in English (any region), else none. */
        public static Stemmer of(String language) {
            return language.equals("en") || language.startsWith("en-") ? ENGLISH : NONE;
        }

        /** The name the search page's script knows it by. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The English rule on the word in {@code w[0, n)}, in place; returns its new length. */
        static int stem(char[] w, int n) {
            if (n < 3 || w[n - 1] != 's') return n;
            char before = w[n - 2];
            if (before == 'u' || before == 's') return n;
            if (before == 'e') {
                char third = w[n - 3];
                if (n > 3 && third == 'i') {
                    char fourth = w[n - 4];
                    if (fourth != 'a' && fourth != 'e') {
                        w[n - 3] = 'y';
                        return n - 2;
                    }
                }
                if (third == 'i' || third == 'a' || third == 'o' || third == 'e') return n;
            }
            return n - 1;
        }

        String stem(String w) {
            if (this == NONE || w.length() < 3 || w.charAt(w.length() - 1) != 's') return w;
            char[] c = w.toCharArray();
            int n = stem(c, c.length);
            return n == c.length ? w : new String(c, 0, n);
        }
    }

    private final Stemmer stemmer;

    public SearchTerms(Stemmer stemmer) {
        this.stemmer = stemmer;
    }

    public Stemmer stemmer() {
        return stemmer;
    }

    /** The distinct terms of {@code text} for the index, in order of first appearance, added to {@code into}. */
    public Set<String> add(String text, Set<String> into) {
        add(text, into::add, true);
        return into;
    }

    /** Each term of {@code text} for the index, as often as it occurs: for the weight of a word in an article. */
    public void each(String text, Consumer<String> term) {
        add(text, term, true);
    }

    public Set<String> of(String text) {
        return add(text, new LinkedHashSet<>());
    }

    /** The terms of a query, as the search page splits it. */
    public Set<String> query(String text) {
        Set<String> terms = new LinkedHashSet<>();
        add(text, terms::add, false);
        return terms;
    }

    private void add(String s, Consumer<String> into, boolean index) {
        java.util.List<String> parts = new java.util.ArrayList<>(2);
        for (int i = 0, n = s.length(); i < n; ) {
            char ch = s.charAt(i);
            if (ch < 0x80 && !isAsciiLetterOrDigit(ch)) i++; // the common case, without a code point lookup
            else i = token(s, i, into, index, parts);
        }
    }

    /**
     * Counts each term of {@code text} into {@code into} with {@code weight}, as {@link #each} gives
     * them: the index's hot path. A word of plain ASCII, not joined to the next by a hyphen, is
     * lower-cased and stemmed in place and makes a string only the first time in an article.
     */
    void count(String s, ArticleTerms into, int weight) {
        java.util.List<String> parts = null;
        Consumer<String> slow = null;
        for (int i = 0, n = s.length(); i < n; ) {
            char ch = s.charAt(i);
            if (ch < 0x80) {
                if (!isAsciiLetterOrDigit(ch)) {
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < n && (ch = s.charAt(end)) < 0x80 && isAsciiLetterOrDigit(ch)) end++;
                // what follows ends the word, as wordEnd and the hyphens' rule judge it: a letter beyond
                // ASCII, a mark or a hyphen joining another word go the general way
                boolean ends = end == n || (ch < 0x80 ? !(isHyphen(ch) && end + 1 < n && startsPlainWord(s, end + 1))
                        : !isHyphen(ch) && !Character.isSurrogate(ch) && !isMark(ch) && (!isWordChar(ch) || isCjk(ch)));
                if (ends) {
                    asciiWord(s, i, end, into, weight);
                    i = end;
                    continue;
                }
            }
            if (slow == null) {
                parts = new java.util.ArrayList<>(2);
                slow = term -> into.add(term, weight);
            }
            i = token(s, i, slow, true, parts);
        }
    }

    /** As {@link #word} does for {@code fold(s.substring(from, to))}, of ASCII letters and digits. */
    private void asciiWord(String s, int from, int to, ArticleTerms into, int weight) {
        int n = to - from;
        char[] w = into.buffer(n);
        for (int k = 0; k < n; k++) {
            char c = s.charAt(from + k);
            w[k] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        if (n <= STOP_LENGTH && isStopWord(w, n)) return;
        if (stemmer == Stemmer.ENGLISH) n = Stemmer.stem(w, n);
        if (n < 2) return;
        into.add(w, Math.min(n, MAX_LENGTH), weight);
    }

    /** The longest stop word; each is packed in a number, five bits a letter, for a lookup without a string. */
    private static final int STOP_LENGTH = 5;
    /** The packed stop words, open-addressed: a word is looked for where its number hashes to, and on until an empty slot. */
    private static final long[] STOPS = new long[128];

    static {
        for (String w : STOP_WORDS) {
            long p = pack(w.toCharArray(), w.length());
            int s = stopSlot(p);
            while (STOPS[s] != 0) s = s + 1 & STOPS.length - 1;
            STOPS[s] = p;
        }
    }

    private static int stopSlot(long packed) {
        return (int) (packed * 0x9E3779B97F4A7C15L >>> 57);
    }

    private static long pack(char[] w, int n) {
        long p = 0;
        for (int k = 0; k < n; k++) {
            if (w[k] < 'a' || w[k] > 'z') return -1;
            p = p << 5 | (w[k] - 'a' + 1);
        }
        return p;
    }

    private static boolean isStopWord(char[] w, int n) {
        long p = pack(w, n);
        if (p <= 0) return false;
        for (int s = stopSlot(p); STOPS[s] != 0; s = s + 1 & STOPS.length - 1) if (STOPS[s] == p) return true;
        return false;
    }

    /** The word or run of CJK characters that starts at {@code i}, a letter or digit: its terms given; returns where it ends. */
    private int token(String s, int i, Consumer<String> into, boolean index, java.util.List<String> parts) {
        int n = s.length();
        int cp = s.codePointAt(i);
        if (!isWordChar(cp)) return i + Character.charCount(cp);
        boolean cjk = isCjk(cp);
        int end = wordEnd(s, i, cjk);
        if (cjk) {
            pairs(fold(s.substring(i, end)), into, index);
            return end;
        }
        // words joined by hyphens: one word, and (in the index) each of its parts
        parts.clear();
        parts.add(s.substring(i, end));
        while (end + 1 < n && isHyphen(s.charAt(end)) && startsPlainWord(s, end + 1)) {
            int next = wordEnd(s, end + 1, false);
            parts.add(s.substring(end + 1, next));
            end = next;
        }
        if (parts.size() == 1) {
            word(fold(parts.get(0)), into);
        } else {
            word(fold(String.join("", parts)), into);
            if (index) for (String part : parts) word(fold(part), into);
        }
        return end;
    }

    /** Where the word (or the run of CJK characters) starting at {@code i} ends. */
    private static int wordEnd(String s, int i, boolean cjk) {
        int n = s.length();
        int end = i + Character.charCount(s.codePointAt(i));
        while (end < n) {
            char d = s.charAt(end);
            if (d < 0x80) {
                if (cjk || !isAsciiLetterOrDigit(d)) break;
                end++;
                continue;
            }
            int c = s.codePointAt(end);
            if (!isMark(c) && (!isWordChar(c) || isCjk(c) != cjk)) break;
            end += Character.charCount(c);
        }
        return end;
    }

    /** Hyphen-minus, the hyphen and the non-breaking hyphen; not dashes, which part words rather than join them. */
    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static boolean startsPlainWord(String s, int i) {
        int cp = s.codePointAt(i);
        return isWordChar(cp) && !isCjk(cp);
    }

    /** A letter or a number of any kind: "²" and "₂" too, which folding makes digits (H₂O is "h2o"). */
    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) return true;
        int t = Character.getType(cp);
        return t == Character.OTHER_NUMBER || t == Character.LETTER_NUMBER;
    }

    static String fold(String word) {
        boolean ascii = true;
        for (int k = 0; k < word.length() && ascii; k++) ascii = word.charAt(k) < 0x80;
        if (ascii) return word.toLowerCase(Locale.ROOT);
        String d = ACCENTS.matcher(Normalizer.normalize(word, Normalizer.Form.NFKD)).replaceAll("$1");
        // Greek's final sigma is sigma: lower-casing chooses ς or σ by context, and the page's script and Java judge a word's end differently
        return Normalizer.normalize(d, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ς', 'σ');
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    private void word(String w, Consumer<String> into) {
        if (STOP_WORDS.contains(w)) return;
        w = stemmer.stem(w);
        int length = w.codePointCount(0, w.length());
        if (length < 2) return;
        if (length > MAX_LENGTH) w = w.substring(0, w.offsetByCodePoints(0, MAX_LENGTH));
        into.accept(w);
    }

    private static void pairs(String s, Consumer<String> into, boolean singles) {
        int end = s.length();
        if (end == 0) return;
        int next = Character.charCount(s.codePointAt(0));
        if (next >= end) {
            into.accept(s);
            return;
        }
        int a = 0;
        while (next < end) {
            int b = next + Character.charCount(s.codePointAt(next));
            if (singles) into.accept(s.substring(a, next));
            into.accept(s.substring(a, b));
            a = next;
            next = b;
        }
        if (singles) into.accept(s.substring(a, end));
    }

    /**
     * Han, Hiragana, Katakana and Hangul. The long-vowel mark ー and the half-width ｰ, ﾞ and ﾟ are
     * "Common" script, but are part of Katakana words (ｶﾞｲﾄﾞ folds to ガイド).
     */
    static boolean isCjk(int cp) {
        if (cp < 0x1100) return false; // below the Hangul Jamo: the common case, without a script lookup
        if (cp == 0x30FC || cp == 0xFF70 || cp == 0xFF9E || cp == 0xFF9F) return true;
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }

    /**
     * Markdown source to its words, cheaply, in one pass: link targets, URLs, HTML tags and
     * entities become spaces; the rest (emphasis markers, '#', '|') is punctuation that the word
     * split drops anyway.
     */
    public static String markdownText(String markdown) {
        int n = markdown.length();
        // never longer than the source: what is skipped becomes one space; runs are copied at once
        char[] out = new char[n];
        int length = 0;
        int i = 0;
        while (i < n) {
            char c = markdown.charAt(i);
            int skip = i;
            if (c == ']' && i + 1 < n && markdown.charAt(i + 1) == '(') {
                int close = markdown.indexOf(')', i + 2);
                if (close > 0 && !hasNewline(markdown, i + 2, close)) skip = close + 1;
            } else if (c == '<' && i + 1 < n && (isAsciiLetter(markdown.charAt(i + 1)) || markdown.charAt(i + 1) == '/')) {
                int close = markdown.indexOf('>', i + 1);
                if (close > 0) skip = close + 1;
            } else if (c == '&') {
                int k = i + 1;
                if (k < n && markdown.charAt(k) == '#') k++;
                while (k < n && k - i < 12 && Character.isLetterOrDigit(markdown.charAt(k))) k++;
                if (k < n && k > i + 1 && markdown.charAt(k) == ';') skip = k + 1;
            } else if ((c == 'h' || c == 'H' || c == 'm' || c == 'M' || c == 'f' || c == 'F') && (i == 0 || !Character.isLetterOrDigit(markdown.charAt(i - 1)))
                    && startsWithScheme(markdown, i)) {
                int k = i;
                while (k < n && !Character.isWhitespace(markdown.charAt(k)) && "<>)]".indexOf(markdown.charAt(k)) < 0) k++;
                skip = k;
            }
            if (skip > i) {
                out[length++] = ' ';
                i = skip;
            } else {
                // the common case: the run up to the next character that may start something to skip, copied at once
                int end = i + 1;
                while (end < n && !mayStartSkip(markdown, end)) end++;
                markdown.getChars(i, end, out, length);
                length += end - i;
                i = end;
            }
        }
        return new String(out, 0, length);
    }

    /** Whether a line ends in {@code s[from, to)}: a link's target stays on its line. */
    private static boolean hasNewline(String s, int from, int to) {
        for (int k = from; k < to; k++) if (s.charAt(k) == '\n') return true;
        return false;
    }

    /** Whether markdownText must look closer at {@code i}: a link's "](", a tag, an entity, a URL's scheme at a word's start. */
    private static boolean mayStartSkip(String s, int i) {
        char c = s.charAt(i);
        if (c == ']' || c == '<' || c == '&') return true;
        return (c == 'h' || c == 'H' || c == 'm' || c == 'M' || c == 'f' || c == 'F') && !Character.isLetterOrDigit(s.charAt(i - 1));
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static final String[] SCHEMES = {"https://", "http://", "mailto:", "ftp://"};

    private static boolean startsWithScheme(String s, int i) {
        // every scheme is at most six letters and a colon: most words fail at once (any letter
        // counts, as the case-blind comparison below matches "ſ" to "s")
        int colon = i;
        while (colon < s.length() && colon - i < 7 && Character.isLetter(s.charAt(colon))) colon++;
        if (colon == s.length() || s.charAt(colon) != ':') return false;
        for (String scheme : SCHEMES) {
            if (s.regionMatches(true, i, scheme, 0, scheme.length())) return true;
        }
        return false;
    }
}
