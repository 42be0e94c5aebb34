package gazette.read.text;

import java.util.Objects;

/** One block of a raw text article's body: plain text, never HTML (escaping is the renderer's job). */
public sealed interface TextBlock {

    /** A body paragraph: trimmed, inner whitespace runs collapsed to one space. */
    record Paragraph(String text) implements TextBlock {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A photo whose image the scraper lost: only its caption and credit survive. */
    record Figure(String caption, String credit) implements TextBlock {
        public Figure {
            Objects.requireNonNull(caption, "caption");
            Objects.requireNonNull(credit, "credit");
        }
    }
}
