package gazette.read;

import gazette.read.text.TextArticleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an article's body from its file, when a page, a feed or the search index needs it: a
 * million bodies are not kept in memory, so each is read again and dropped. The read stage read
 * the same bytes the same way, so a body read here can only fail if its file changed since.
 */
public final class BodyReader {
    private final Path contentDir;
    private final TextArticleReader text = new TextArticleReader();

    public BodyReader(Path contentDir) {
        this.contentDir = contentDir;
    }

    public ArticleBody read(Article a) throws IOException {
        Path file = contentDir.resolve(a.file());
        byte[] bytes = Files.readAllBytes(file);
        try {
            if (a.format() == Article.Format.TEXT) return new ArticleBody.Text(text.read(file.toString(), bytes).blocks());
            return new ArticleBody.Markdown(MarkdownReader.body(TextFiles.decode(file.toString(), bytes).text()));
        } catch (ContentException e) {
            // the file changed or broke between reading and rendering
            throw new IOException(e.toString(), e);
        }
    }
}
