package gazette.read.text;

import gazette.read.ContentException;
import gazette.read.TextFiles;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a raw scraped text article ({@code .txt}): header lines ({@link TextHeader}), a title, then
 * the body with the page's furniture still attached ({@link Furniture}). Keeps the article, drops
 * the furniture, finds the figures ({@link Figures}), and never treats the text as HTML.
 *
 * <p>Stateless, so one instance serves every thread. Tags are the read stage's, derived once from
 * what this returns. Each step is a single pass over the lines, and the patterns are linear (no
 * nested quantifiers) and applied only to lines or to bounded tails of them.
 */
public final class TextArticleReader {

    /**
     * @param displayPath the file as the user knows it, for messages
     * @param bytes       the file's content
     * @throws ContentException when the file is not text, has no date, an impossible date, or no title
     */
    public TextArticle read(String displayPath, byte[] bytes) throws ContentException {
        TextFiles.Decoded decoded = TextFiles.decode(displayPath, bytes);
        List<String> warnings = new ArrayList<>();
        if (decoded.strayBytes() > 0) warnings.add(decoded.warning(displayPath));
        List<String> lines = TextLines.cleanLines(decoded.text());
        TextHeader header = TextHeader.read(displayPath, lines, warnings);
        String title = lines.get(header.titleIndex());

        // Everything from the attribution line on is the page's, not the article's.
        String source = null;
        String editor = null;
        int bodyEnd = lines.size();
        for (int i = header.titleIndex() + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (Furniture.isAttribution(line)) {
                String[] attribution = Furniture.attribution(line);
                source = attribution[0];
                editor = attribution[1];
                bodyEnd = i;
                break;
            }
        }

        List<Unit> units = units(lines, header.titleIndex() + 1, bodyEnd);
        units = units.subList(0, Furniture.trailingFurnitureStart(units));
        units = joinHardWrapped(units);
        List<TextBlock> blocks = withoutEchoes(title, Figures.blocks(units));
        String summary = summary(blocks);
        if (blocks.isEmpty()) {
            warnings.add(displayPath + ":" + (header.titleIndex() + 1) + ": no body text after the title");
        }
        return new TextArticle(title, header.date(), header.dateTime(), header.url(), source, editor,
                blocks, summary, warnings);
    }

    // ---- body --------------------------------------------------------------------------------

    /** The non-blank lines of {@code [from, to)}, without "Related"-style headings. */
    private static List<Unit> units(List<String> lines, int from, int to) {
        List<Unit> units = new ArrayList<>();
        boolean blank = false;
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                blank = true;
                continue;
            }
            units.add(new Unit(line, blank));
            blank = false;
        }
        return units;
    }

    /**
     * Joins lines a scraper hard-wrapped mid-sentence, which happens to wrapped prose in scripts
     * with spaces: no blank line between, the first line Latin text ending in a letter, digit or
     * comma (not a sentence's end), the next Latin text starting in lower case, neither a web
     * address. Never across scripts: "…32,800円" and "maison lune" stay two lines.
     */
    private static List<Unit> joinHardWrapped(List<Unit> units) {
        List<Unit> joined = new ArrayList<>(units.size());
        StringBuilder current = null;
        boolean currentAfterBlank = false;
        boolean currentJoinable = false;
        for (Unit unit : units) {
            String text = unit.text();
            boolean latin = isLatinText(text) && !isWebAddress(text);
            if (current != null && !unit.afterBlank() && currentJoinable && latin) {
                int last = current.codePointBefore(current.length());
                int first = text.codePointAt(0);
                if ((isLatinLetter(last) || last >= '0' && last <= '9' || last == ',') && isLatinLetter(first) && Character.isLowerCase(first)) {
                    current.append(' ').append(text);
                    continue;
                }
            }
            if (current != null) {
                joined.add(new Unit(current.toString(), currentAfterBlank));
            }
            current = new StringBuilder(text);
            currentAfterBlank = unit.afterBlank();
            currentJoinable = latin;
        }
        if (current != null) {
            joined.add(new Unit(current.toString(), currentAfterBlank));
        }
        return joined;
    }

    /** Letters only of the Latin script (digits, spaces and punctuation may go with any). */
    private static boolean isLatinText(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp) && !isLatinLetter(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isLatinLetter(int cp) {
        return Character.isLetter(cp) && (cp < 0x80 || Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    private static boolean isWebAddress(String text) {
        return text.regionMatches(true, 0, "http://", 0, 7) || text.regionMatches(true, 0, "https://", 0, 8)
                || text.regionMatches(true, 0, "www.", 0, 4);
    }

    /**
     * The echoes of a page's layout, and nothing else, go: a paragraph that repeats the title, and
     * the lede (the first paragraph) repeated further down (after the photo, as pages print it).
     * Every other repeat is the article's own (a shop named after each product, two phones with
     * the same specifications) and stays, as often as it is written.
     */
    private static List<TextBlock> withoutEchoes(String title, List<TextBlock> blocks) {
        String lede = null;
        List<TextBlock> kept = new ArrayList<>(blocks.size());
        for (TextBlock block : blocks) {
            if (block instanceof TextBlock.Paragraph p) {
                if (p.text().equals(title) || p.text().equals(lede)) {
                    continue;
                }
                if (lede == null) {
                    lede = p.text();
                }
            }
            kept.add(block);
        }
        return kept;
    }

    /**
     * The first paragraph that reads as a sentence of reasonable length: at least eight words
     * ending like a sentence, or, in Chinese and Japanese, at least twenty characters ending like
     * one. Not a fragment ("こんな人におすすめ：") or a venue line ("Ewood Park"); failing that,
     * the first paragraph.
     */
    static String summary(List<TextBlock> blocks) {
        String first = null;
        for (TextBlock block : blocks) {
            if (block instanceof TextBlock.Paragraph p) {
                if (first == null) {
                    first = p.text();
                }
                if (isSentence(p.text())) {
                    return p.text();
                }
            }
        }
        return first == null ? "" : first;
    }

    static boolean isSentence(String text) {
        int last = text.codePointBefore(text.length());
        if (last == '"' || last == '”' || last == '’' || last == '\'' || last == '」' || last == '』' || last == ')' || last == '）') {
            last = text.length() > 1 ? text.codePointBefore(text.length() - Character.charCount(last)) : last;
        }
        if (".!?。！？…".indexOf(last) < 0) {
            return false;
        }
        int wide = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Furniture.width(new String(Character.toChars(cp))) == 2) {
                wide++;
            }
            boolean letter = Character.isLetterOrDigit(cp);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
            i += Character.charCount(cp);
        }
        return wide >= 20 || wide == 0 && words >= 8;
    }
}
