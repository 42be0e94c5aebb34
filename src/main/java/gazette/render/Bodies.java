package gazette.render;

import gazette.read.Article;
import gazette.read.ContentException;
import gazette.read.MarkdownReader;
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

    public Bodies(Path contentDir, MarkdownRenderer markdown) {
        this.contentDir = contentDir;
        this.markdown = markdown;
    }

    public String html(Article a) throws IOException, ContentException {
        Path file = contentDir.resolve(a.file());
        byte[] bytes = Files.readAllBytes(file);
        String text = TextFiles.decodeStrictUtf8(file.toString(), bytes);
        return markdown.render(MarkdownReader.body(text));
    }
}
