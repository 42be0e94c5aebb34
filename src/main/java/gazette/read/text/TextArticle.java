package gazette.read.text;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A raw scraped text article after reading: header fields and clean body blocks.
 *
 * @param title    first non-blank line after the header lines, exactly as written (entities decoded)
 * @param date     from the {@code date} line, else the local date of {@code dateTime}
 * @param dateTime the ISO-8601 date-time header line; null when the file had only a date line
 * @param url      the page's original address; null if the file names none
 * @param source   from the attribution line; null if the file has none
 * @param editor   from the attribution line; null if none
 * @param blocks   body paragraphs and photo captions, in order, each paragraph once
 * @param summary  the lede (first paragraph's text); empty when the body has no paragraph
 * @param warnings problems that did not stop reading, each {@code path:line: what}
 */
public record TextArticle(
        String title,
        LocalDate date,
        OffsetDateTime dateTime,
        String url,
        String source,
        String editor,
        List<TextBlock> blocks,
        String summary,
        List<String> warnings) {

    public TextArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(summary, "summary");
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }

    /** The body paragraphs' texts, in order (figures left out). */
    public List<String> paragraphs() {
        return blocks.stream()
                .filter(b -> b instanceof TextBlock.Paragraph)
                .map(b -> ((TextBlock.Paragraph) b).text())
                .toList();
    }

    /** What the body says, in order: each paragraph's text and each figure's caption. */
    public List<String> texts() {
        return blocks.stream().map(b -> b instanceof TextBlock.Paragraph p ? p.text() : ((TextBlock.Figure) b).caption()).toList();
    }

    /** The photo captions with their credits, in order. */
    public List<TextBlock.Figure> figures() {
        return blocks.stream()
                .filter(b -> b instanceof TextBlock.Figure)
                .map(b -> (TextBlock.Figure) b)
                .toList();
    }
}
