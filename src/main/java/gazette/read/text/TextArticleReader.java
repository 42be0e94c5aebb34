package gazette.read.text;

import gazette.read.ContentException;
import gazette.read.TextFiles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        List<TextBlock> blocks = deduplicated(title, Figures.blocks(units));

        String summary = "";
        for (TextBlock block : blocks) {
            if (block instanceof TextBlock.Paragraph p) {
                summary = p.text();
                break;
            }
        }
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

    /** Joins lines a scraper hard-wrapped mid-sentence: no blank line, next starts in lower case. */
    private static List<Unit> joinHardWrapped(List<Unit> units) {
        List<Unit> joined = new ArrayList<>(units.size());
        StringBuilder current = null;
        boolean currentAfterBlank = false;
        for (Unit unit : units) {
            if (current != null && !unit.afterBlank()) {
                int last = current.codePointBefore(current.length());
                int first = unit.text().codePointAt(0);
                if ((Character.isLetterOrDigit(last) || last == ',') && Character.isLowerCase(first)) {
                    current.append(' ').append(unit.text());
                    continue;
                }
            }
            if (current != null) {
                joined.add(new Unit(current.toString(), currentAfterBlank));
            }
            current = new StringBuilder(unit.text());
            currentAfterBlank = unit.afterBlank();
        }
        if (current != null) {
            joined.add(new Unit(current.toString(), currentAfterBlank));
        }
        return joined;
    }

    /** Each paragraph once, where it first stood; a paragraph repeating the title goes too. */
    private static List<TextBlock> deduplicated(String title, List<TextBlock> blocks) {
        Set<String> seen = new HashSet<>();
        seen.add(title);
        List<TextBlock> kept = new ArrayList<>(blocks.size());
        for (TextBlock block : blocks) {
            String text = block instanceof TextBlock.Paragraph p ? p.text() : ((TextBlock.Figure) block).caption();
            if (seen.add(text)) {
                kept.add(block);
            }
        }
        return kept;
    }
}
