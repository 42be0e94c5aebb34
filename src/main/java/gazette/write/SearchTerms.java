package gazette.write;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text to search terms. The search page's script (templates/static/search.js) splits a query by
 * the same rules ({@link #query}), so the two must change together:
 * <ol>
 *   <li>NFKD, combining marks dropped, NFC again, lower case: "Café" and "cafe" are one term;</li>
 *   <li>runs of letters and digits are words; a word of one character is dropped, a longer one is
 *       cut at {@link #MAX_LENGTH};</li>
 *   <li>Chinese and Japanese have no spaces between words: a run of Han, Hiragana or Katakana gives
 *       its overlapping pairs of characters ("東京都" → "東京", "京都"); the index also keeps each
 *       character, so that a query of one character ("港") finds it, while a longer query looks
 *       for its pairs, which is more precise;</li>
 *   <li>{@link #STOP_WORDS} are dropped (they are in nearly every article, and would only cost bytes).</li>
 * </ol>
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

    /** The terms of a query, as the search page splits it. */
    public static Set<String> query(String text) {
        return add(text, new LinkedHashSet<>(), false);
    }

    private static Set<String> add(String text, Set<String> into, boolean index) {
        String s = fold(text);
        int i = 0;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            boolean cjk = isCjk(cp);
            int start = i;
            int end = i;
            while (end < n) {
                int c = s.codePointAt(end);
                if (!Character.isLetterOrDigit(c) || isCjk(c) != cjk) break;
                end += Character.charCount(c);
            }
            if (cjk) pairs(s, start, end, into, index);
            else word(s.substring(start, end), into);
            i = end;
        }
        return into;
    }

    public static Set<String> of(String text) {
        return add(text, new LinkedHashSet<>());
    }

    static String fold(String text) {
        String d = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return Normalizer.normalize(d, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static void word(String w, Set<String> into) {
        if (w.codePointCount(0, w.length()) < 2 || STOP_WORDS.contains(w)) return;
        if (w.codePointCount(0, w.length()) > MAX_LENGTH) w = w.substring(0, w.offsetByCodePoints(0, MAX_LENGTH));
        into.add(w);
    }

    private static void pairs(String s, int start, int end, Set<String> into, boolean singles) {
        int next = start + Character.charCount(s.codePointAt(start));
        if (next >= end) {
            into.add(s.substring(start, end));
            return;
        }
        int a = start;
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
        if (cp == 0x30FC) return true;
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    /**
     * Markdown source to its words, cheaply: link targets, URLs, HTML tags and entities go; the
     * rest (emphasis markers, '#', '|') is punctuation the word split drops anyway.
     */
    public static String markdownText(String markdown) {
        String s = LINK_TARGET.matcher(markdown).replaceAll("]");
        s = URL.matcher(s).replaceAll(" ");
        s = TAG.matcher(s).replaceAll(" ");
        return ENTITY.matcher(s).replaceAll(" ");
    }

    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|mailto|ftp):[^\\s<>)\\]]*");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&#?[A-Za-z0-9]+;");
}
