package gazette.pipeline;

import gazette.index.Archive;
import gazette.site.Duplicates;
import gazette.write.Published;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finished build's report, as data, for the next build to give again when it finds nothing
 * changed ({@link gazette.incremental.Unchanged}): what the site holds, not what the build did.
 */
final class SavedReport {
    private SavedReport() {}

    /** True when the report can stand for a build that does nothing: it has no warning nor problem to repeat. */
    static boolean savable(BuildReport r) {
        return r.warnings().isEmpty() && r.leftOut().isEmpty() && r.withoutPictures().isEmpty();
    }

    static byte[] encode(BuildReport r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream o = new DataOutputStream(bytes)) {
            o.writeInt(r.articles());
            o.writeInt(r.drafts());
            o.writeInt(r.pagesByKind().size());
            for (Map.Entry<String, Integer> e : r.pagesByKind().entrySet()) {
                o.writeUTF(e.getKey());
                o.writeInt(e.getValue());
            }
            o.writeInt(r.assets());
            o.writeInt(r.embargoed());
            Published p = r.published();
            o.writeBoolean(p != null);
            if (p != null) {
                o.writeInt(p.feeds());
                o.writeInt(p.sitemapUrls());
                o.writeInt(p.sitemapFiles());
                o.writeInt(p.newsArticles());
                o.writeInt(p.sectionFeeds());
            }
            o.writeInt(r.duplicates());
            o.writeInt(r.sameBody().repeats());
            o.writeUTF(r.sameBody().mode().name());
            o.writeInt(r.pictures().published());
            o.writeInt(r.tags());
            o.writeInt(r.tagReport().merged());
            o.writeInt(r.tagReport().belowMinimum());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The report of a build that found nothing changed and took {@code took} to see it. */
    static BuildReport decode(byte[] saved, Duration took) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(saved));
        int articles = in.readInt();
        int drafts = in.readInt();
        Map<String, Integer> pages = new LinkedHashMap<>();
        for (int k = in.readInt(); k > 0; k--) pages.put(in.readUTF(), in.readInt());
        int assets = in.readInt();
        int embargoed = in.readInt();
        Published published = in.readBoolean() ? new Published(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt()) : null;
        int duplicates = in.readInt();
        BuildReport.SameBody sameBody = new BuildReport.SameBody(in.readInt(), Duplicates.valueOf(in.readUTF()));
        BuildReport.PictureWork pictures = new BuildReport.PictureWork(in.readInt(), 0);
        int tags = in.readInt();
        Archive.TagReport tagReport = new Archive.TagReport(in.readInt(), in.readInt());
        return new BuildReport(articles, drafts, pages, assets, 0, 0, Map.of("check", took), took, List.of(), embargoed, published, duplicates,
                List.of(), new BuildReport.Changes(true, 0, 0, 0, List.of()), sameBody, List.of(), pictures, tags, tagReport);
    }
}
