package gazette.search;

import gazette.index.Archive;
import gazette.index.Links;
import gazette.index.TagPage;
import gazette.pictures.Pictures;
import gazette.render.ArchivePrints;
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

    /**
     * @param prints the articles' fingerprints: a file whose articles and text places are the last
     *               build's stands as it is (one edit remakes one file); null: every file is made
     */
    static void write(Archive archive, Links links, java.util.function.IntFunction<Pictures.Published> leads,
            java.util.function.IntFunction<int[]> texts, ArchivePrints prints, FileSink out) throws IOException {
        for (int s = 0; s < count(archive.size()); s++) {
            String file = SearchIndex.FOLDER + "docs-" + s + ".json";
            long print = prints == null ? 0 : print(archive, texts, prints, file, s);
            if (print != 0 && out.reuse(file, print)) continue;
            StringBuilder b = new StringBuilder(PER_SHARD * 300).append('[');
            for (int id = s * PER_SHARD; id < Math.min(archive.size(), (s + 1) * PER_SHARD); id++) {
                if (id > s * PER_SHARD) b.append(",\n");
                int i = archive.size() - 1 - id;
                Article a = archive.article(i);
                String link = links.link(archive.path(i)).substring(links.root().length());
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
            out.file(file, b.toString().getBytes(StandardCharsets.UTF_8), print);
        }
    }

    /** What file {@code s} is made of: its articles (their records, addresses, tags, sources and pictures) and where their texts are. */
    private static long print(Archive archive, java.util.function.IntFunction<int[]> texts, ArchivePrints prints, String file, int s) {
        int from = s * PER_SHARD;
        int[] entries = new int[Math.min(archive.size(), from + PER_SHARD) - from];
        StringBuilder places = new StringBuilder();
        for (int k = 0; k < entries.length; k++) {
            entries[k] = archive.size() - 1 - (from + k);
            int[] text = texts.apply(entries[k]);
            places.append(text[0]).append(',').append(text[1]).append(',').append(text[2]).append(';');
        }
        return prints.entries(file, entries, "docs", SearchIndex.VERSION, places.toString());
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
