package gazette.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;

/** The built site's files, each with its MD5 and its kind, read once. */
final class LocalSite {
    /** The body tag's class names the page's kind (base.ftlh: {@code <body class="kind-article">}). */
    private static final byte[] KIND = "<body class=\"kind-".getBytes(StandardCharsets.US_ASCII);

    /** An asset's copy named by its bytes (gazette.write.Assets): {@code static/style.3f9a2c81d0.css}. */
    private static final java.util.regex.Pattern FINGERPRINTED = java.util.regex.Pattern.compile("\\.[0-9a-f]{10}(\\.[^./]+)?$");

    private LocalSite() {}

    /**
     * The site's files; with {@code gzip}, text files as their compressed bytes, in their own
     * place ({@code asSiblings} false: S3, which sends them with their encoding) or as a
     * {@code .gz} sibling beside the file ({@code asSiblings}: a folder for a server's gzip_static).
     */
    static List<SiteFile> scan(Path site, boolean gzip, boolean asSiblings) throws IOException {
        List<SiteFile> plain = scan(site);
        if (!gzip) return plain;
        try {
            return plain.parallelStream().<SiteFile>mapMulti((f, out) -> {
                if (!Gzip.worth(f.key())) {
                    out.accept(f);
                    return;
                }
                byte[] z;
                try {
                    z = Gzip.of(f.file());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                String md5 = Md5.of(z);
                if (asSiblings) {
                    out.accept(f);
                    out.accept(new SiteFile(f.key() + ".gz", f.file(), z.length, md5, f.kind(), true));
                } else {
                    out.accept(new SiteFile(f.key(), f.file(), z.length, md5, f.kind(), true));
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static List<SiteFile> scan(Path site) throws IOException {
        if (!Files.isDirectory(site)) throw new IOException(site + " is not a folder: build the site first (gazette build)");
        // through a link to the folder it leads to (a site published with build --link is one)
        Path real = site.toRealPath();
        List<Path> files;
        try (Stream<Path> s = Files.walk(real)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        try {
            return files.parallelStream().map(f -> read(real, f)).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static SiteFile read(Path site, Path file) {
        String key = site.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        try {
            byte[] head = new byte[0];
            MessageDigest md5 = Md5.digest();
            long size = 0;
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; size += n) {
                    md5.update(buffer, 0, n);
                    // a page's kind is in its first bytes (the body tag): kept from the same read
                    if (head.length == 0 && key.endsWith(".html")) head = java.util.Arrays.copyOf(buffer, n);
                }
            }
            return new SiteFile(key, file, size, Md5.hex(md5), kind(key, head));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SiteFile.Kind kind(String key, byte[] head) {
        if (key.startsWith("pictures/") || key.startsWith("static/") && FINGERPRINTED.matcher(key).find()) return SiteFile.Kind.FINGERPRINTED;
        if (key.endsWith(".xml") || key.equals("robots.txt")) return SiteFile.Kind.LISTING; // feeds and sitemaps
        if (!key.endsWith(".html")) return SiteFile.Kind.ASSET;
        if (key.equals("index.html")) return SiteFile.Kind.HOME;
        String kind = pageKind(head);
        if (kind == null) return SiteFile.Kind.LISTING; // a template that does not say: the shorter cache, the later turn
        return switch (kind) {
            case "article" -> SiteFile.Kind.ARTICLE;
            case "search", "not-found", "redirect" -> SiteFile.Kind.PAGE;
            default -> SiteFile.Kind.LISTING;
        };
    }

    /** The kind a page's body class names, or null. */
    private static String pageKind(byte[] head) {
        outer:
        for (int i = 0; i + KIND.length < head.length; i++) {
            for (int k = 0; k < KIND.length; k++) if (head[i + k] != KIND[k]) continue outer;
            int from = i + KIND.length;
            int to = from;
            while (to < head.length && head[to] != '"' && head[to] != ' ') to++;
            return new String(head, from, to - from, StandardCharsets.US_ASCII);
        }
        return null;
    }
}
