package gazette.render;

import gazette.read.Article;
import gazette.read.TextBlock;
import java.util.List;

/**
 * Told of each article's body source as it is read for the article's page, so that a later step
 * that needs the words (the search index) does not read and parse every file a second time.
 */
public interface BodySource {
    BodySource NONE = (position, article, markdown, text) -> {};

    /**
     * @param position the article's position in the archive
     * @param markdown the Markdown body, or null for a text article
     * @param text     the text article's blocks, or null for a Markdown one
     */
    void read(int position, Article article, String markdown, List<TextBlock> text);
}
