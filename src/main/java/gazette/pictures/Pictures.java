package gazette.pictures;

import gazette.fingerprint.Hasher;
import gazette.fingerprint.Hashes;
import gazette.read.Article;
import gazette.read.PictureRef;
import gazette.read.Problem;
import gazette.read.Slugs;
import gazette.write.FileSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
    static final int VERSION = 1;
    public static final String FOLDER = "pictures/";

    /** A derivative as pages link it. */
    public record Variant(int width, int height, String type, String path) {}

    /** A published picture: where it comes from, its size as seen, and its derivatives, narrowest first. */
    public record Published(String source, PictureInfo info, long key, List<Variant> variants) {
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

    public static final Pictures NONE = new Pictures(Path.of("."), Map.of(), Map.of());

    private final Path content;
    private final Map<String, Published> bySource;
    private final Map<String, List<String>> ofTextArticles;

    private Pictures(Path content, Map<String, Published> bySource, Map<String, List<String>> ofTextArticles) {
        this.content = content;
        this.bySource = bySource;
        this.ofTextArticles = ofTextArticles;
    }

    /** As {@link #of(Path, Collection, java.util.SortedSet)}, for Markdown articles alone. */
    public static Plan of(Path content, Collection<Article> articles) {
        return of(content, articles, new java.util.TreeSet<>());
    }

    /**
     * Reads the header and bytes of every picture the articles show, on all cores: those a
     * Markdown article names, and a text article's, which are the {@code files} named as it is
     * ({@code 000_ab12.jpg}, or {@code 000_ab12-1.jpg}, {@code -2}, … for several).
     */
    public static Plan of(Path content, Collection<Article> articles, java.util.SortedSet<String> files) {
        Map<String, List<Article>> users = new LinkedHashMap<>();
        Map<String, PictureRef> firstRef = new LinkedHashMap<>();
        Set<String> textStems = new HashSet<>();
        for (Article a : articles) if (a.format() == Article.Format.TEXT) textStems.add(a.file().substring(0, a.file().length() - ".txt".length()));
        Map<String, List<String>> byName = files.isEmpty() ? Map.of() : byName(files, textStems);
        Map<String, List<String>> ofText = new LinkedHashMap<>();
        for (Article a : articles) {
            List<PictureRef> refs = a.pictures();
            if (a.format() == Article.Format.TEXT && !byName.isEmpty()) {
                List<String> own = byName.getOrDefault(a.file().substring(0, a.file().length() - ".txt".length()), List.of());
                if (!own.isEmpty()) {
                    ofText.put(a.file(), own);
                    refs = own.stream().map(p -> new PictureRef(p, p.substring(p.lastIndexOf('/') + 1), 1)).toList();
                }
            }
            for (PictureRef r : refs) {
                users.computeIfAbsent(r.path(), k -> new ArrayList<>()).add(a);
                firstRef.putIfAbsent(r.path() + "\n" + a.file(), r);
            }
        }
        Map<String, Published> found = new ConcurrentHashMap<>();
        Map<String, String> bad = new ConcurrentHashMap<>(); // picture -> what is wrong with it, or null when missing
        Set<String> missing = ConcurrentHashMap.newKeySet();
        new ArrayList<>(users.keySet()).parallelStream().forEach(source -> {
            Path file = content.resolve(source);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                missing.add(source);
                return;
            }
            String name = content.resolve(source).toString();
            try {
                String through = throughLink(content, source);
                if (through != null) {
                    bad.put(source, name + ": " + through);
                    return;
                }
                if (!Files.isRegularFile(file)) throw new BadPicture(name + ": is not a file");
                byte[] bytes = Files.readAllBytes(file); // once: for the header, the check that it is whole, and the fingerprint
                PictureInfo info = PictureInfo.of(bytes, name);
                String damage = Whole.problem(info.format(), bytes);
                if (damage != null) throw new BadPicture(name + ": " + damage);
                long key = new Hasher().add(Hashes.of(bytes)).add(VERSION).get();
                found.put(source, new Published(source, info, key, variants(source, info, key)));
            } catch (BadPicture e) {
                bad.put(source, e.getMessage());
            } catch (IOException e) {
                bad.put(source, name + ": cannot be read (" + e.getMessage() + ")");
            }
        });
        Map<String, Problem> badArticles = new LinkedHashMap<>();
        for (Map.Entry<String, List<Article>> e : users.entrySet()) {
            String source = e.getKey();
            if (!missing.contains(source) && !bad.containsKey(source)) continue;
            for (Article a : e.getValue()) {
                if (badArticles.containsKey(a.file())) continue;
                PictureRef r = firstRef.get(source + "\n" + a.file());
                String where = content.resolve(a.file()).toString();
                badArticles.put(a.file(), missing.contains(source)
                        ? new Problem(where, r.line(), "picture '" + r.written() + "' not found")
                        : new Problem(where, r.line(), "picture '" + r.written() + "' cannot be published: " + bad.get(source)));
            }
        }
        return new Plan(new Pictures(content, new LinkedHashMap<>(found), ofText), badArticles);
    }

    /** Picture files by the name they share with an article, without extension and number: in order, unnumbered first. */
    private static Map<String, List<String>> byName(java.util.SortedSet<String> files, Set<String> textStems) {
        Map<String, java.util.TreeMap<String, String>> found = new java.util.HashMap<>();
        java.util.regex.Pattern numbered = java.util.regex.Pattern.compile("(.*)-([0-9]{1,4})");
        for (String f : files) {
            String stem = f.substring(0, f.lastIndexOf('.'));
            found.computeIfAbsent(stem, k -> new java.util.TreeMap<>()).put(String.format("%05d %s", 0, f), f);
            java.util.regex.Matcher m = numbered.matcher(stem);
            // foo-1.jpg is foo.txt's second picture, unless there is a foo-1.txt whose own it is
            if (m.matches() && !textStems.contains(stem)) found.computeIfAbsent(m.group(1), k -> new java.util.TreeMap<>()).put(String.format("%05d %s", Integer.parseInt(m.group(2)), f), f);
        }
        Map<String, List<String>> out = new java.util.HashMap<>();
        for (Map.Entry<String, java.util.TreeMap<String, String>> e : found.entrySet()) out.put(e.getKey(), List.copyOf(e.getValue().values()));
        return out;
    }

    /** A text article's pictures, published, in order; empty when it has none. */
    public List<Published> ofText(String articleFile) {
        List<String> own = ofTextArticles.get(articleFile);
        if (own == null) return List.of();
        List<Published> out = new ArrayList<>(own.size());
        for (String p : own) if (bySource.containsKey(p)) out.add(bySource.get(p));
        return out;
    }

    /**
     * Why a picture is not read where it is: a symbolic link on its way (its folder or itself), which
     * the content folder's rule does not follow, since it could lead anywhere; null when there is none.
     */
    private static String throughLink(Path content, String source) throws IOException {
        Path real = content.resolve(source).toRealPath();
        Path expected = content.toRealPath().resolve(source);
        if (real.equals(expected)) return null;
        return "reached through a symbolic link, which is not followed: only files inside the content folder are published (copy it in instead)";
    }

    private static List<Variant> variants(String source, PictureInfo info, long key) {
        String name = source.substring(source.lastIndexOf('/') + 1);
        String base = Slugs.slugify(name.substring(0, name.lastIndexOf('.')), "picture");
        String folder = FOLDER + String.format("%016x", key) + "/";
        List<Variant> out = new ArrayList<>();
        for (String type : List.of(info.alpha() ? "png" : "jpg", "webp")) {
            for (int w : Derivatives.widths(info.width())) out.add(new Variant(w, Derivatives.height(info, w), type, folder + base + "-" + w + "." + type));
        }
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
     * Writes every picture's derivatives, or keeps the last build's where the picture is the
     * same: an unchanged picture is not decoded again. One picture is decoded at a time per core.
     */
    public void write(FileSink out) throws IOException {
        // the same bytes under the same name in two folders (a photo used again) make the same files: made once
        Set<String> claimed = ConcurrentHashMap.newKeySet();
        try {
            new ArrayList<>(bySource.values()).parallelStream().forEach(p -> {
                if (!claimed.add(p.variants().get(0).path())) return;
                try {
                    writeOne(p, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void writeOne(Published p, FileSink out) throws IOException {
        boolean kept = true;
        for (Variant v : p.variants()) kept &= out.reusable(v.path(), p.key());
        if (kept) {
            for (Variant v : p.variants()) out.reuse(v.path(), p.key());
            return;
        }
        List<Derivative> made;
        try {
            made = Derivatives.of(content.resolve(p.source()), content.resolve(p.source()).toString(), p.info());
        } catch (BadPicture e) {
            throw new PictureFailure(e.getMessage());
        }
        Set<String> written = new HashSet<>();
        for (Derivative d : made) {
            for (Variant v : p.variants()) {
                if (v.width() == d.width() && v.type().equals(d.type()) && written.add(v.path())) out.file(v.path(), d.bytes(), p.key());
            }
        }
    }

    /** A picture found bad only when its pixels were read (a truncated file): the build fails, naming it. */
    public static final class PictureFailure extends RuntimeException {
        PictureFailure(String message) {
            super(message, null, false, false);
        }
    }
}
