package gazette.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text to search terms. The search page's script (templates/static/search.js) splits a query by
 * the same rules ({@link #query}), so the two must change together:
 * <ol>
 *   <li>a word is a run of letters and digits (combining marks within it belong to it);</li>
 *   <li>each word is folded: NFKD, combining marks dropped, NFC again, lower case, so "Café",
 *       "CAFE" and "cafe" are one term;</li>
 *   <li>a word of one character is dropped, a longer one is cut at {@link #MAX_LENGTH};</li>
 *   <li>Chinese and Japanese have no spaces between words: a run of Han, Hiragana or Katakana gives
 *       its overlapping pairs of characters ("東京都" → "東京", "京都"); the index also keeps each
 *       character, so that a query of one character ("港") finds it, while a longer query looks
 *       for its pairs, which is more precise;</li>
 *   <li>{@link #STOP_WORDS} are dropped (they are in nearly every article, and would only cost bytes).</li>
 * </ol>
 * Folding word by word, not the whole text, keeps the common case cheap: a word of plain ASCII
 * is only lower-cased.
 */
public final class SearchTerms {
    public static final int MAX_LENGTH = 24;

    /** English function words; written into the index so the page drops the same ones. */
    public static final Set<String> STOP_WORDS = Set.of(("a an and are as at be but by for from has have he her his in is it its "
            + "of on or she that the their they this to was were which who will with").split(" "));

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchTerms() {}

    /** The distinct terms of {@code text} for the index, in order of first appearance, added to {@code into}. */
    public static Set<String> add(String text, Set<String> into) {
        return add(text, into, true);
    }

    public static Set<String> of(String text) {
        return add(text, new LinkedHashSet<>());
    }

    /** The terms of a query, as the search page splits it. */
    public static Set<String> query(String text) {
        return add(text, new LinkedHashSet<>(), false);
    }

    private static Set<String> add(String s, Set<String> into, boolean index) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            char ch = s.charAt(i);
            if (ch < 0x80 && !isAsciiLetterOrDigit(ch)) { // the common case, without a code point lookup
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            boolean cjk = isCjk(cp);
            int end = i + Character.charCount(cp);
            while (end < n) {
                char d = s.charAt(end);
                if (d < 0x80) {
                    if (cjk || !isAsciiLetterOrDigit(d)) break;
                    end++;
                    continue;
                }
                int c = s.codePointAt(end);
                if (!isMark(c) && (!Character.isLetterOrDigit(c) || isCjk(c) != cjk)) break;
                end += Character.charCount(c);
            }
            String word = fold(s.substring(i, end));
            if (cjk) pairs(word, into, index);
            else word(word, into);
            i = end;
        }
        return into;
    }

    static String fold(String word) {
        boolean ascii = true;
        for (int k = 0; k < word.length() && ascii; k++) ascii = word.charAt(k) < 0x80;
        if (ascii) return word.toLowerCase(Locale.ROOT);
        String d = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFKD)).replaceAll("");
        return Normalizer.normalize(d, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    private static void word(String w, Set<String> into) {
        int length = w.codePointCount(0, w.length());
        if (length < 2 || STOP_WORDS.contains(w)) return;
        if (length > MAX_LENGTH) w = w.substring(0, w.offsetByCodePoints(0, MAX_LENGTH));
        into.add(w);
    }

    private static void pairs(String s, Set<String> into, boolean singles) {
        int end = s.length();
        if (end == 0) return;
        int next = Character.charCount(s.codePointAt(0));
        if (next >= end) {
            into.add(s);
            return;
        }
        int a = 0;
        while (next < end) {
            int b = next + Character.charCount(s.codePointAt(next));
            if (singles) into.add(s.substring(a, next));
            into.add(s.substring(a, b));
            a = next;
            next = b;
        }
        if (singles) into.add(s.substring(a, end));
    }

    /** The long-vowel mark ー is "Common" script, but is part of Katakana words. */
    static boolean isCjk(int cp) {
        if (cp < 0x2E80) return false; // below the CJK blocks: the common case, without a script lookup
        if (cp == 0x30FC) return true;
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    /**
     * Markdown source to its words, cheaply, in one pass: link targets, URLs, HTML tags and
     * entities become spaces; the rest (emphasis markers, '#', '|') is punctuation that the word
     * split drops anyway.
     */
    public static String markdownText(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        int n = markdown.length();
        int i = 0;
        while (i < n) {
            char c = markdown.charAt(i);
            int skip = i;
            if (c == ']' && i + 1 < n && markdown.charAt(i + 1) == '(') {
                int close = markdown.indexOf(')', i + 2);
                if (close > 0 && markdown.lastIndexOf('\n', close) < i) skip = close + 1;
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
                out.append(' ');
                i = skip;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
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
