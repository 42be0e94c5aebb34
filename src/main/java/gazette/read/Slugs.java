package gazette.read;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Turns any text into one safe path segment: Unicode letters and digits kept and lower-cased,
 * every other run of characters a single hyphen. Whatever a title, slug or tag says, the result
 * cannot climb out of its folder ('.', '/', '\' and control characters never survive) and is
 * never a name Windows reserves.
 */
public final class Slugs {
    /** Long enough for a headline's gist, short enough for every file system's 255-byte limit. */
    static final int MAX_CODE_POINTS = 80;
    /**
     * File systems count a name's bytes (255 on most), and 80 letters of a script outside the
     * Basic Multilingual Plane take 320 in UTF-8: this leaves room for a "-2" suffix as well.
     */
    static final int MAX_UTF8_BYTES = 200;
    private static final Set<String> WINDOWS_RESERVED = Set.of(
            "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private Slugs() {}

    /** The slug of {@code text}, or {@code fallback} when nothing of it survives. */
    public static String slugify(String text, String fallback) {
        if (text == null) return fallback;
        // NFC so that a letter and its combining accent stay one letter and compare equal across files
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(Math.min(s.length(), MAX_CODE_POINTS * 2));
        int kept = 0;
        int bytes = 0;
        boolean hyphen = false;
        for (int i = 0; i < s.length() && kept < MAX_CODE_POINTS; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || isMark(cp)) {
                int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (hyphen && out.length() > 0) {
                    if (kept + 2 > MAX_CODE_POINTS || bytes + 1 + size > MAX_UTF8_BYTES) break;
                    out.append('-');
                    kept++;
                    bytes++;
                }
                if (bytes + size > MAX_UTF8_BYTES) break;
                hyphen = false;
                out.appendCodePoint(cp);
                kept++;
                bytes += size;
            } else {
                hyphen = true;
            }
        }
        String slug = out.toString();
        if (slug.isEmpty()) return fallback;
        if (WINDOWS_RESERVED.contains(slug)) return slug + "-";
        return slug;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
