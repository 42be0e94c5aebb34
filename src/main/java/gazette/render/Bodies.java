package gazette.render;

import gazette.read.Article;
import gazette.read.ContentException;
import gazette.read.MarkdownReader;
import gazette.read.TagDeriver;
import gazette.read.TextArticleHtml;
import gazette.read.TextArticleReader;
import gazette.read.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Article bodies, read again from their files at render time and turned into HTML. Bodies are
 * never kept: each is read, rendered and dropped while its page is written.
 */
public final class Bodies {
    private final Path contentDir;
    private final MarkdownRenderer markdown;
    // tags play no part in a body, so the plain deriver serves
    private final TextArticleReader text = new TextArticleReader(TagDeriver.plain());

    public Bodies(Path contentDir, MarkdownRenderer markdown) {
        this.contentDir = contentDir;
        this.markdown = markdown;
    }

    public String html(Article a) throws IOException, ContentException {
        Path file = contentDir.resolve(a.file());
        byte[] bytes = Files.readAllBytes(file);
        if (a.format() == Article.Format.TEXT) {
            return TextArticleHtml.render(text.read(file.toString(), bytes).blocks());
        }
        String text = TextFiles.decode(file.toString(), bytes);
        return markdown.render(MarkdownReader.body(text));
    }
}
