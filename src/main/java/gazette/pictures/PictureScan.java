package gazette.pictures;

import gazette.fingerprint.Hasher;
import gazette.fingerprint.Hashes;
import gazette.read.Article;
import gazette.read.PictureRef;
import gazette.read.Problem;
import gazette.read.Slugs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the pictures the articles show, reads what they are, and has the cache hold their
 * derivatives: everything about a picture that can go wrong is found here, before a page is
 * rendered, so a bad picture is its article's problem and never a half-published site.
 */
final class PictureScan {
    private static final Pattern NUMBERED = Pattern.compile("(.*)-([0-9]{1,4})");

    private final Path content;
    private final PictureCache cache;
    private final boolean originals;
    private final Map<String, Pictures.Published> found = new ConcurrentHashMap<>();
    private final Map<String, String> bad = new ConcurrentHashMap<>(); // picture -> what is wrong with it
    private final Set<String> missing = ConcurrentHashMap.newKeySet();

    PictureScan(Path content, PictureCache cache, boolean originals) {
        this.content = content;
        this.cache = cache;
        this.originals = originals;
    }

    Pictures.Plan scan(Collection<Article> articles, SortedSet<String> files, Pictures.Making making) throws IOException {
        Map<String, List<Article>> users = new LinkedHashMap<>();
        Map<String, PictureRef> firstRef = new HashMap<>();
        Set<String> textStems = new HashSet<>();
        for (Article a : articles) if (a.format() == Article.Format.TEXT) textStems.add(stem(a));
        Map<String, List<String>> byName = files.isEmpty() ? Map.of() : byName(files, textStems);
        Map<String, List<String>> ofText = new LinkedHashMap<>();
        for (Article a : articles) {
            List<PictureRef> refs = a.pictures();
            if (a.format() == Article.Format.TEXT && !byName.isEmpty()) {
                List<String> own = byName.getOrDefault(stem(a), List.of());
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
        new ArrayList<>(users.keySet()).parallelStream().forEach(this::probe);
        make(making);

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
        Map<String, Pictures.Published> published = new LinkedHashMap<>();
        for (String source : users.keySet()) if (found.containsKey(source) && !bad.containsKey(source)) published.put(source, found.get(source));
        return new Pictures.Plan(new Pictures(content, cache, published, ofText), badArticles);
    }

    private static String stem(Article a) {
        return a.file().substring(0, a.file().length() - ".txt".length());
    }

    /** Picture files by the name they share with an article, without extension and number: in order, unnumbered first. */
    private static Map<String, List<String>> byName(SortedSet<String> files, Set<String> textStems) {
        Map<String, TreeMap<String, String>> found = new HashMap<>();
        for (String f : files) {
            String stem = f.substring(0, f.lastIndexOf('.'));
            found.computeIfAbsent(stem, k -> new TreeMap<>()).put(String.format("%05d %s", 0, f), f);
            Matcher m = NUMBERED.matcher(stem);
            // foo-1.jpg is foo.txt's second picture, unless there is a foo-1.txt whose own it is
            if (m.matches() && !textStems.contains(stem)) found.computeIfAbsent(m.group(1), k -> new TreeMap<>()).put(String.format("%05d %s", Integer.parseInt(m.group(2)), f), f);
        }
        Map<String, List<String>> out = new HashMap<>();
        for (Map.Entry<String, TreeMap<String, String>> e : found.entrySet()) out.put(e.getKey(), List.copyOf(e.getValue().values()));
        return out;
    }

    /** What one picture is: known by its size and time, or read (its header, its wholeness and its fingerprint from one read). */
    private void probe(String source) {
        Path file = content.resolve(source);
        String name = file.toString();
        try {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (java.nio.file.NoSuchFileException e) {
                missing.add(source);
                return;
            }
            String through = throughLink(source);
            if (through != null) {
                bad.put(source, name + ": " + through);
                return;
            }
            if (!Files.isRegularFile(file)) throw new BadPicture(name + ": is not a file");
            long size = attributes.size();
            long modified = attributes.lastModifiedTime().toMillis();
            PictureCache.Probe known = cache.probe(source, size, modified);
            if (known == null) {
                long readAt = System.currentTimeMillis();
                byte[] bytes = Files.readAllBytes(file);
                PictureInfo info = PictureInfo.of(bytes, name);
                String damage = Whole.problem(info.format(), bytes);
                if (damage != null) throw new BadPicture(name + ": " + damage);
                known = new PictureCache.Probe(size, modified, key(bytes), info);
                cache.remember(source, known, readAt);
            }
            List<Pictures.Variant> variants = variants(source, known.info(), known.key());
            String original = null;
            if (originals) {
                String first = variants.get(0).path();
                // "-original" where a derivative has its width: no name of one can be the other's
                original = first.substring(0, first.lastIndexOf('-')) + "-original." + Originals.extension(known.info().format());
            }
            found.put(source, new Pictures.Published(source, known.info(), known.key(), variants, original));
        } catch (BadPicture e) {
            bad.put(source, e.getMessage());
        } catch (IOException e) {
            bad.put(source, name + ": cannot be read (" + PictureInfo.reason(e) + ")");
        }
    }

    /**
     * Makes into the cache the derivatives it lacks, and the originals to be published, one picture
     * per core at a time; the same bytes under two names are made once.
     */
    private void make(Pictures.Making making) throws IOException {
        if (cache.root() == null) return; // nowhere to keep them: made as they are written
        Map<Long, List<Pictures.Published>> toMake = new LinkedHashMap<>();
        for (Pictures.Published p : found.values()) {
            if (!cache.has(p) || p.original() != null && !cache.has(p.key(), PictureCache.ORIGINAL)) toMake.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
        }
        if (toMake.isEmpty()) return;
        making.start(toMake.size());
        try {
            new ArrayList<>(toMake.values()).parallelStream().forEach(same -> {
                Pictures.Published p = same.get(0);
                try {
                    byte[] bytes = bytes(content, p);
                    if (!cache.has(p)) cache.put(p.key(), Derivatives.of(bytes, content.resolve(p.source()).toString(), p.info()));
                    if (p.original() != null && !cache.has(p.key(), PictureCache.ORIGINAL)) cache.putOriginal(p.key(), original(content, p, bytes));
                } catch (BadPicture e) {
                    for (Pictures.Published q : same) bad.put(q.source(), e.getMessage().replace(content.resolve(p.source()).toString(), content.resolve(q.source()).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                making.made();
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The picture's bytes, read again to be made into its derivatives: they must still be those
     * its fingerprint was taken of, or the cache would keep other pixels under its name.
     */
    static byte[] bytes(Path content, Pictures.Published p) throws BadPicture {
        String name = content.resolve(p.source()).toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(content.resolve(p.source()));
        } catch (IOException e) {
            throw new BadPicture(name + ": cannot be read (" + PictureInfo.reason(e) + ")");
        }
        if (key(bytes) != p.key()) throw new BadPicture(name + ": changed while the build was reading it (build again)");
        return bytes;
    }

    static long key(byte[] bytes) {
        return new Hasher().add(Hashes.of(bytes)).add(Pictures.VERSION).get();
    }

    /** The original as it is published: its bytes without their metadata. */
    static byte[] original(Path content, Pictures.Published p, byte[] bytes) throws BadPicture {
        try {
            return Originals.stripped(p.info(), bytes);
        } catch (BadPicture e) {
            throw new BadPicture(content.resolve(p.source()) + ": " + e.getMessage());
        }
    }

    /**
     * Why a picture is not read where it is: a symbolic link on its way (its folder or itself), which
     * the content folder's rule does not follow, since it could lead anywhere; null when there is none.
     */
    private String throughLink(String source) throws IOException {
        Path real = content.resolve(source).toRealPath();
        Path expected = content.toRealPath().resolve(source);
        if (real.equals(expected)) return null;
        return "reached through a symbolic link, which is not followed: only files inside the content folder are published (copy it in instead)";
    }

    private static List<Pictures.Variant> variants(String source, PictureInfo info, long key) {
        String name = source.substring(source.lastIndexOf('/') + 1);
        String base = Slugs.slugify(name.substring(0, name.lastIndexOf('.')), "picture");
        String folder = Pictures.FOLDER + PictureCache.hex(key) + "/";
        List<Pictures.Variant> out = new ArrayList<>();
        for (String type : List.of(info.alpha() ? "png" : "jpg", "webp")) {
            for (int w : Derivatives.widths(info.width())) out.add(new Pictures.Variant(w, Derivatives.height(info, w), type, folder + base + "-" + w + "." + type));
        }
        return out;
    }
}
