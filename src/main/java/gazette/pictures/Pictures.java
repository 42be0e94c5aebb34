package gazette.pictures;

import gazette.fingerprint.Hasher;
import gazette.read.Article;
import gazette.read.PictureRef;
import gazette.read.Problem;
import gazette.write.FileSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pictures the site publishes: every one an article shows, each read for its size (its
 * header only) and fingerprinted by its bytes, with the derivatives to be made of it. A
 * derivative's address holds that fingerprint, so it never changes while the picture does not,
 * and a changed picture gets new addresses that no cache can confuse with the old.
 */
public final class Pictures {
    /** Bump when the derivatives of the same picture come out different: widths, qualities, formats. */
    static final int VERSION = 2;
    public static final String FOLDER = "pictures/";

    /** A derivative as pages link it. */
    public record Variant(int width, int height, String type, String path) {}

    /**
     * A published picture: where it comes from, its size as seen, its derivatives, narrowest
     * first, and where its original is published (its metadata taken out), or null when the
     * settings keep originals unpublished.
     */
    public record Published(String source, PictureInfo info, long key, List<Variant> variants, String original) {
        /** The same picture, shown without a link to its original. */
        public Published withoutOriginal() {
            return original == null ? this : new Published(source, info, key, variants, null);
        }

        /** The derivatives of one type: {@code webp}, or the picture's own (jpg, or png when it has transparency). */
        public List<Variant> of(String type) {
            return variants.stream().filter(v -> v.type().equals(type)).toList();
        }

        public String mainType() {
            return variants.get(0).type();
        }

        /** {@code srcset}: every width of a type, under the site's root path. */
        public String srcset(String type, String root) {
            StringBuilder s = new StringBuilder();
            for (Variant v : of(type)) {
                if (s.length() > 0) s.append(", ");
                s.append(root).append(v.path()).append(' ').append(v.width()).append('w');
            }
            return s.toString();
        }

        /** The {@code src} for browsers that read no srcset: the widest of the picture's own type up to 960 pixels. */
        public Variant fallback() {
            List<Variant> own = of(mainType());
            Variant shown = own.get(0);
            for (Variant v : own) if (v.width() <= 960) shown = v;
            return shown;
        }

        /** For social sites and search engines: the widest of the picture's own type (1,600 pixels where the original allows). */
        public Variant widest() {
            List<Variant> own = of(mainType());
            return own.get(own.size() - 1);
        }
    }

    /** The pictures, and the articles that cannot be published as they are (a picture missing or bad), each with its problem. */
    public record Plan(Pictures pictures, Map<String, Problem> badArticles) {}

    public static final Pictures NONE = new Pictures(Path.of("."), PictureCache.NONE, Map.of(), Map.of());

    private final Path content;
    private final PictureCache cache;
    private final Map<String, Published> bySource;
    private final Map<String, List<String>> ofTextArticles;

    Pictures(Path content, PictureCache cache, Map<String, Published> bySource, Map<String, List<String>> ofTextArticles) {
        this.content = content;
        this.cache = cache;
        this.bySource = bySource;
        this.ofTextArticles = ofTextArticles;
    }

    /** As {@link #of(Path, Collection, java.util.SortedSet, PictureCache, boolean, Making)}, for Markdown articles alone, without a cache. */
    public static Plan of(Path content, Collection<Article> articles) throws IOException {
        return of(content, articles, new java.util.TreeSet<>(), PictureCache.NONE, false, Making.NONE);
    }

    /**
     * Every picture the articles show, each read for its header and fingerprint (or known from the
     * cache by its size and time), and the derivatives of those the cache lacks made into it, on all
     * cores: a picture found damaged only when its pixels are decoded is its articles' problem, like
     * any other. A text article's pictures are the {@code files} named as it is ({@code 000_ab12.jpg},
     * or {@code 000_ab12-1.jpg}, {@code -2}, … for several). {@code originals}: each picture's
     * original is published too, its metadata taken out.
     */
    public static Plan of(Path content, Collection<Article> articles, java.util.SortedSet<String> files, PictureCache cache, boolean originals,
                          Making making) throws IOException {
        return new PictureScan(content, cache, originals).scan(articles, files, making);
    }

    /** Told how many pictures are to be made, then of each one made: for the progress display. */
    public interface Making {
        Making NONE = new Making() { };

        default void start(int pictures) {
        }

        default void made() {
        }
    }

    /** A text article's pictures, published, in order; empty when it has none. */
    public List<Published> ofText(String articleFile) {
        List<String> own = ofTextArticles.get(articleFile);
        if (own == null) return List.of();
        List<Published> out = new ArrayList<>(own.size());
        for (String p : own) if (bySource.containsKey(p)) out.add(bySource.get(p));
        return out;
    }

    /** The published picture made of this content file, or null. */
    public Published get(String source) {
        return bySource.get(source);
    }

    /** Its fingerprint, for the pages that show it; 0 when it is not published. */
    public long key(String source) {
        Published p = bySource.get(source);
        return p == null ? 0 : p.key();
    }

    /** {@code source}, the fingerprint of an article's file, with those of the pictures it shows. */
    public long print(Article a, long source) {
        if (a.pictures().isEmpty() && !ofTextArticles.containsKey(a.file())) return source;
        Hasher h = new Hasher().add(source);
        for (PictureRef r : a.pictures()) {
            Published p = get(r.path());
            h.add(r.path()).add(p == null ? 0 : p.key()).add(p == null ? "" : p.mainType());
        }
        for (Published p : ofText(a.file())) h.add(p.source()).add(p.key()).add(p.mainType());
        return h.get();
    }

    public int count() {
        return bySource.size();
    }

    /**
     * Writes every picture's derivatives from the cache, or keeps the last build's where the
     * picture is the same: an unchanged picture is not decoded again.
     */
    public void write(FileSink out) throws IOException {
        // by fingerprint: the same bytes under two names share one cache entry, which one thread at a time may make again;
        // the same bytes under the same name in two folders (a photo used again) make the same files: written once
        Map<Long, List<Published>> byKey = new java.util.LinkedHashMap<>();
        for (Published p : bySource.values()) byKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
        Set<String> claimed = ConcurrentHashMap.newKeySet();
        try {
            new ArrayList<>(byKey.values()).parallelStream().forEach(same -> {
                for (Published p : same) {
                    if (!claimed.add(p.variants().get(0).path())) continue;
                    try {
                        writeOne(p, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void writeOne(Published p, FileSink out) throws IOException {
        try {
            if (p.original() != null && !out.reuse(p.original(), p.key())) {
                byte[] original;
                if (cache.has(p.key(), PictureCache.ORIGINAL)) {
                    original = cache.original(p.key());
                } else {
                    original = PictureScan.original(content, p, PictureScan.bytes(content, p));
                    cache.putOriginal(p.key(), original);
                }
                out.file(p.original(), original, p.key());
            }
            boolean kept = true;
            for (Variant v : p.variants()) kept &= out.reusable(v.path(), p.key());
            if (kept) {
                for (Variant v : p.variants()) out.reuse(v.path(), p.key());
                return;
            }
            if (cache.has(p)) {
                for (Variant v : p.variants()) out.file(v.path(), cache.read(p.key(), v), p.key());
                return;
            }
            // no cache, or it lost the picture since the scan: made here
            List<Derivative> made = Derivatives.of(PictureScan.bytes(content, p), content.resolve(p.source()).toString(), p.info());
            cache.put(p.key(), made);
            for (Derivative d : made) {
                for (Variant v : p.variants()) if (v.width() == d.width() && v.type().equals(d.type())) out.file(v.path(), d.bytes(), p.key());
            }
        } catch (BadPicture e) {
            throw new PictureFailure(e.getMessage());
        }
    }

    /** Once the site is published: the cache keeps the derivatives of these pictures alone, and what their files are. */
    public void keepInCache() throws IOException {
        Set<Long> keys = new HashSet<>();
        for (Published p : bySource.values()) keys.add(p.key());
        cache.keepOnly(keys, bySource.keySet());
    }

    /** A picture found bad only as it is written (the cache lost it and it changed meanwhile): the build fails, naming it. */
    public static final class PictureFailure extends RuntimeException {
        PictureFailure(String message) {
            super(message, null, false, false);
        }
    }
}
