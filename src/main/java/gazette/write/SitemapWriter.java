package gazette.write;

import gazette.index.SiteFiles;
import gazette.text.Xml;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Streams a sitemap of any length. URLs are gathered into one part at a time, held in memory only
 * until the part is full (at most {@code maxUrls} entries and {@code maxBytes} bytes). A site that
 * fits in one part gets a single {@code sitemap.xml}; a larger one gets {@code sitemap-1.xml},
 * {@code sitemap-2.xml}, ... and {@code sitemap.xml} becomes the index that lists them, so the
 * address a crawler is given never changes.
 */
public final class SitemapWriter {
    /** The sitemap protocol's limits per file: 50,000 URLs and 50 MB (52,428,800 bytes) uncompressed. */
    public static final int MAX_URLS = 50_000;
    /** Kept well under the protocol's 50 MB, so no rounding of anyone's "MB" can push a part over. */
    public static final long MAX_BYTES = 45L * 1024 * 1024;

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final byte[] HEAD = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"" + NS + "\">\n").getBytes(StandardCharsets.UTF_8);
    private static final byte[] TAIL = "</urlset>\n".getBytes(StandardCharsets.UTF_8);

    /** How many URLs the sitemap holds and in how many files. */
    public record Result(int urls, int files) {}

    private final FileSink out;
    private final String baseUrl;
    private final int maxUrls;
    private final long maxBytes;
    private ByteArrayOutputStream part = newPart();
    private int partUrls;
    private int partsWritten;
    private int urls;

    /** The protocol's limits. */
    public SitemapWriter(FileSink out, String baseUrl) {
        this(out, baseUrl, MAX_URLS, MAX_BYTES);
    }

    /** Smaller limits let tests split a small site; larger ones would break the protocol. */
    public SitemapWriter(FileSink out, String baseUrl, int maxUrls, long maxBytes) {
        if (maxUrls < 1 || maxUrls > MAX_URLS || maxBytes < 1024 || maxBytes > 50L * 1024 * 1024) {
            throw new IllegalArgumentException("sitemap limits out of range: " + maxUrls + " URLs, " + maxBytes + " bytes");
        }
        this.out = out;
        this.baseUrl = baseUrl;
        this.maxUrls = maxUrls;
        this.maxBytes = maxBytes;
    }

    /** Adds an absolute URL, with its last modification (W3C date-time) or null. */
    public void add(String loc, String lastmod) throws IOException {
        StringBuilder e = new StringBuilder(160).append("<url><loc>").append(Xml.escape(loc)).append("</loc>");
        if (lastmod != null) e.append("<lastmod>").append(lastmod).append("</lastmod>");
        byte[] entry = e.append("</url>\n").toString().getBytes(StandardCharsets.UTF_8);
        if (HEAD.length + entry.length + TAIL.length > maxBytes) throw new IOException("sitemap entry too long for any sitemap file: " + loc);
        if (partUrls == maxUrls || part.size() + entry.length + TAIL.length > maxBytes) writePart();
        part.write(entry);
        partUrls++;
        urls++;
    }

    /** Writes what is left: the single sitemap, or the last part and the index. */
    public Result finish() throws IOException {
        if (partsWritten == 0) {
            out.file(SiteFiles.SITEMAP, close(part));
            return new Result(urls, 1);
        }
        if (partUrls > 0) writePart();
        if (partsWritten > MAX_URLS) throw new IOException("the sitemap needs " + partsWritten + " files, more than one index can list");
        StringBuilder index = new StringBuilder(64 + partsWritten * 80)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"").append(NS).append("\">\n");
        for (int n = 1; n <= partsWritten; n++) {
            index.append("<sitemap><loc>").append(Xml.escape(baseUrl + SiteFiles.sitemapPart(n))).append("</loc></sitemap>\n");
        }
        index.append("</sitemapindex>\n");
        out.file(SiteFiles.SITEMAP, index.toString().getBytes(StandardCharsets.UTF_8));
        return new Result(urls, partsWritten + 1);
    }

    private void writePart() throws IOException {
        partsWritten++;
        out.file(SiteFiles.sitemapPart(partsWritten), close(part));
        part = newPart();
        partUrls = 0;
    }

    private static ByteArrayOutputStream newPart() {
        ByteArrayOutputStream b = new ByteArrayOutputStream(64 * 1024);
        b.writeBytes(HEAD);
        return b;
    }

    private static byte[] close(ByteArrayOutputStream b) {
        b.writeBytes(TAIL);
        return b.toByteArray();
    }
}
