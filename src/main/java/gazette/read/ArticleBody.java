package gazette.read;

import gazette.read.text.TextBlock;
import java.util.List;

/** An article's body as its file gives it: Markdown source, or the blocks of a scraped text. */
public sealed interface ArticleBody {
    /** A Markdown article's body: the file's text after the front matter. */
    record Markdown(String source) implements ArticleBody {}

    /** A text article's paragraphs and figures. */
    record Text(List<TextBlock> blocks) implements ArticleBody {}
}
