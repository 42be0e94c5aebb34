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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Article bodies, read again from their files at render time and turned into HTML. Bodies are
 * not kept: each is read, rendered and dropped while its page is written, except the few that
 * feeds will carry too ({@link #keepFor}), so that no body is rendered twice in one build.
 */
public final class Bodies {
    private final Path contentDir;
    private final MarkdownRenderer markdown;
    // tags play no part in a body, so the plain deriver serves
    private final TextArticleReader text = new TextArticleReader(TagDeriver.plain());

    private Set<String> wanted = Set.of();
    private long capChars;
    private final Map<String, String> kept = new ConcurrentHashMap<>();
    private final AtomicLong keptChars = new AtomicLong();

    public Bodies(Path contentDir, MarkdownRenderer markdown) {
        this.contentDir = contentDir;
        this.markdown = markdown;
    }

    /** Keeps the bodies of these articles (by file), up to {@code capChars} in all, when first rendered. */
    public void keepFor(Set<String> files, long capChars) {
        this.wanted = files;
        this.capChars = capChars;
    }

    public String html(Article a) throws IOException, ContentException {
        String body = kept.get(a.file());
        if (body != null) return body;
        body = render(a);
        if (wanted.contains(a.file())) {
            if (keptChars.addAndGet(body.length()) <= capChars) kept.putIfAbsent(a.file(), body);
            else keptChars.addAndGet(-body.length());
        }
        return body;
    }

    private String render(Article a) throws IOException, ContentException {
        Path file = contentDir.resolve(a.file());
        byte[] bytes = Files.readAllBytes(file);
        if (a.format() == Article.Format.TEXT) {
            return TextArticleHtml.render(text.read(file.toString(), bytes).blocks());
        }
        String text = TextFiles.decode(file.toString(), bytes);
        return markdown.render(MarkdownReader.body(text));
    }
}
