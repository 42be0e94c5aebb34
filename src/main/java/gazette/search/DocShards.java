package gazette.search;

import gazette.index.Archive;
import gazette.index.Links;
import gazette.index.TagPage;
import gazette.pictures.Pictures;
import gazette.read.Article;
import gazette.text.Json;
import gazette.write.FileSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code search/docs-N.json}: articles {@code N × PER_SHARD} onward, oldest first (an article's id
 * is its place counted from the oldest, so a new story changes the last file alone), each as {@code [title, link, date, [[tag, slug]…], [file,
 * offset, length]]}: what a result shows at once, and where its text is ({@link SnippetTexts}); an
 * article with a lead picture has a sixth value, its thumbnail: {@code [src, srcset, webpSrcset,
 * width, height]}, addresses under the site's root like the link.
 */
final class DocShards {
    /** Small files, so that twenty results spread over the years fetch little: a result's summary is with its text. */
    static final int PER_SHARD = 20;

    private DocShards() {}

    static int count(int articles) {
        return Math.max(1, (articles + PER_SHARD - 1) / PER_SHARD);
    }

    static void write(Archive archive, Links links, java.util.function.IntFunction<Pictures.Published> leads,
            java.util.function.IntFunction<int[]> texts, FileSink out) throws IOException {
        for (int s = 0; s < count(archive.size()); s++) {
            StringBuilder b = new StringBuilder(PER_SHARD * 300).append('[');
            for (int id = s * PER_SHARD; id < Math.min(archive.size(), (s + 1) * PER_SHARD); id++) {
                if (id > s * PER_SHARD) b.append(",\n");
                int i = archive.size() - 1 - id;
                Article a = archive.article(i);
                String link = links.link(archive.permalink(i).path()).substring(links.root().length());
                List<List<String>> tags = new ArrayList<>();
                for (TagPage t : archive.tagsOf(i)) tags.add(List.of(t.tag().name(), t.tag().slug()));
                b.append('[');
                Json.string(a.title(), b, false);
                b.append(',');
                Json.string(link, b, false);
                b.append(',');
                Json.string(archive.permalink(i).day().toString(), b, false);
                b.append(',').append(Json.of(tags));
                int[] text = texts.apply(i);
                b.append(",[").append(text[0]).append(',').append(text[1]).append(',').append(text[2]).append(']');
                Pictures.Published lead = leads.apply(i);
                if (lead != null) thumbnail(lead, b);
                b.append(']');
            }
            b.append("]\n");
            out.file(SearchIndex.FOLDER + "docs-" + s + ".json", b.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void thumbnail(Pictures.Published p, StringBuilder b) {
        b.append(",[");
        Json.string(p.of(p.mainType()).get(0).path(), b, false);
        b.append(',');
        Json.string(p.srcset(p.mainType(), ""), b, false);
        b.append(',');
        Json.string(p.srcset("webp", ""), b, false);
        b.append(',').append(p.info().width()).append(',').append(p.info().height()).append(']');
    }

}
