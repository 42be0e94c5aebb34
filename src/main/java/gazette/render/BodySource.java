package gazette.render;

import gazette.read.Article;
import gazette.read.ArticleBody;

/**
 * Told of each article's body as it is read for the article's page, so that a later step that
 * needs the words (the search index) does not read and parse every file a second time.
 */
public interface BodySource {
    BodySource NONE = (position, article, body) -> {};

    /** @param position the article's position in the archive */
    void read(int position, Article article, ArticleBody body);
}
