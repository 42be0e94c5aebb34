package gazette.read;

import gazette.read.tags.TagDeriver;
import gazette.read.text.TextArticle;
import gazette.read.text.TextArticleReader;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;

/** A raw text article ({@code .txt}) as an {@link Article}, so it gets the same pages as Markdown. */
final class TextReader {
    private final ZoneId zone;
    private final TagDeriver tags;
    private final TextArticleReader reader = new TextArticleReader();

    TextReader(ZoneId zone, TagDeriver tags) {
        this.zone = zone;
        this.tags = tags;
    }

    Article read(String path, String file, byte[] bytes, Collection<String> warnings) throws ContentException {
        // said as for Markdown, rather than as a missing date
        if (TextFiles.isEmpty(bytes)) throw new ContentException(path, 1, "empty file");
        TextArticle t = reader.read(path, bytes);
        warnings.addAll(t.warnings());
        boolean timed = t.dateTime() != null;
        var published = timed ? t.dateTime().toInstant() : t.date().atStartOfDay(zone).toInstant();
        String summary = t.summary().isBlank() ? null : t.summary();
        return new Article(file, Article.Format.TEXT, t.title(), published, timed, timed ? t.dateTime().getOffset() : null,
                Slugs.slugify(t.title(), "article"),
                Interned.names(tags.derive(t.title(), t.texts(), t.source())), java.util.List.of(), Interned.name(t.source()), summary, t.url(),
                Interned.name(t.editor()), false, Map.of(), MarkdownReader.bodyPrint(String.join("\n", t.texts())));
    }
}
