package gazette.render;

import gazette.read.Article;
import gazette.read.ArticleBody;
import gazette.read.BodyReader;
import java.io.IOException;
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
    private final BodyReader reader;
    private final MarkdownRenderer markdown;

    private Set<String> wanted = Set.of();
    private long capChars;
    private final Map<String, String> kept = new ConcurrentHashMap<>();
    private final AtomicLong keptChars = new AtomicLong();
    private BodySource listener = BodySource.NONE;
    private gazette.pictures.Pictures pictures = gazette.pictures.Pictures.NONE;
    private String root = "/";

    public Bodies(Path contentDir, MarkdownRenderer markdown) {
        this.reader = new BodyReader(contentDir);
        this.markdown = markdown;
    }

    /** Shows the pictures beside articles as the published {@code pictures}, linked under {@code root}. */
    public Bodies withPictures(gazette.pictures.Pictures pictures, String root) {
        this.pictures = pictures;
        this.root = root;
        return this;
    }

    /** Keeps the bodies of these articles (by file), up to {@code capChars} in all, when first rendered. */
    public void keepFor(Set<String> files, long capChars) {
        this.wanted = files;
        this.capChars = capChars;
    }

    /** Tells {@code listener} of every body read for its article page ({@link #html(Article, int)}). */
    public void onSource(BodySource listener) {
        this.listener = listener;
    }

    public String html(Article a) throws IOException {
        return html(a, -1);
    }

    /** The body of the article at {@code position} in the archive, for its page. */
    public String html(Article a, int position) throws IOException {
        String body = kept.get(a.file());
        if (body != null) return body;
        body = render(a, position);
        if (wanted.contains(a.file())) {
            if (keptChars.addAndGet(body.length()) <= capChars) kept.putIfAbsent(a.file(), body);
            else keptChars.addAndGet(-body.length());
        }
        return body;
    }

    /**
     * The bodies of the archive's articles, for their pages: {@code sources} are the fingerprints
     * of their files, in archive order.
     */
    public gazette.pages.ArticleBodies of(gazette.index.Archive archive, long[] sources) {
        long mode = markdown.escapesRawHtml() ? 0x45534350L : 0x50415353L;
        return new gazette.pages.ArticleBodies() {
            @Override
            public String html(int position) throws IOException {
                return Bodies.this.html(archive.article(position), position);
            }

            @Override
            public long print(int position) {
                Article a = archive.article(position);
                gazette.fingerprint.Hasher h = new gazette.fingerprint.Hasher().add(a.file()).add(a.format().name()).add(sources[position]).add(mode);
                return h.add(root).get();
            }
        };
    }

    private String render(Article a, int position) throws IOException {
        ArticleBody body = reader.read(a);
        if (position >= 0) listener.read(position, a, body);
        if (body instanceof ArticleBody.Text t) return TextArticleHtml.render(t.blocks(), pictures.ofText(a.file()), root);
        return PictureMarkup.apply(markdown.render(((ArticleBody.Markdown) body).source()), a, pictures, root);
    }
}
