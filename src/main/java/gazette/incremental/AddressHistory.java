package gazette.incremental;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every address each article has had, kept beside the output folder
 * ({@code .site.gazette-addresses}, never published), so that a headline edited into a new slug or
 * a date corrected leaves a redirect at the old address. Not part of the state: a clean build,
 * or a state that could not be read, keeps the history, since the links out in the world do.
 * Lines of the article's content file and an address, tab between.
 */
public final class AddressHistory {
    /** Each file's addresses, oldest first, no two the same: most articles never move, so most lists hold one. */
    private final Map<String, List<String>> byFile;

    private AddressHistory(Map<String, List<String>> byFile) {
        this.byFile = byFile;
    }

    static Path file(Path out) {
        Path target = out.toAbsolutePath().normalize();
        return target.resolveSibling("." + target.getFileName() + ".gazette-addresses");
    }

    /**
     * The history of the site built into {@code out}, from {@code kept} (serve's, or null) when
     * the file is the one this process last saved, without reading it.
     */
    public static AddressHistory load(Path out, KeptState kept) {
        AddressHistory h = kept == null ? null : kept.history(file(out));
        return h != null ? h : load(out);
    }

    /** The history of the site built into {@code out}; empty when there is none, or it cannot be read. */
    public static AddressHistory load(Path out) {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        Path f = file(out);
        if (Files.isRegularFile(f)) {
            try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                for (String line; (line = in.readLine()) != null; ) {
                    int tab = line.indexOf('\t');
                    if (tab > 0 && tab < line.length() - 1) add(byFile, line.substring(0, tab), line.substring(tab + 1));
                }
            } catch (IOException | RuntimeException e) {
                return new AddressHistory(new LinkedHashMap<>()); // unreadable: as if there were none, which is what a new site has
            }
        }
        return new AddressHistory(byFile);
    }

    /** Adds {@code address} to the file's list unless it is there; true if it was not. */
    private static boolean add(Map<String, List<String>> byFile, String file, String address) {
        List<String> had = byFile.get(file);
        if (had == null) {
            byFile.put(file, List.of(address));
            return true;
        }
        if (had.contains(address)) return false;
        String[] more = had.toArray(new String[had.size() + 1]);
        more[had.size()] = address;
        byFile.put(file, List.of(more));
        return true;
    }

    /** The addresses the article of {@code file} has had, oldest first (a list that cannot be changed). */
    public List<String> of(String file) {
        List<String> s = byFile.get(file);
        return s == null ? List.of() : s;
    }

    /**
     * Adds each article's address now (content file → site path), forgets the files no longer in
     * the content folder ({@code present}: every file read, drafts and embargoed ones too; a new
     * story in a deleted one's file must not take its redirects), and writes the history, whole or
     * not at all, if it changed.
     */
    public void save(Path out, Map<String, String> now, java.util.Set<String> present, KeptState kept) throws IOException {
        if (kept == null) {
            save(out, now, present);
            return;
        }
        kept.forgetHistory(); // this object changes first, then the file: kept again only once the two agree
        save(out, now, present);
        try {
            kept.keepHistory(file(out), this);
        } catch (IOException e) {
            kept.forgetHistory(); // the history is saved: keeping it only spares the next build a read
        }
    }

    /** {@link #save(Path, Map, java.util.Set, KeptState)} with nothing kept. */
    public void save(Path out, Map<String, String> now, java.util.Set<String> present) throws IOException {
        boolean grew = byFile.keySet().retainAll(present);
        for (Map.Entry<String, String> e : now.entrySet()) grew |= add(byFile, e.getKey(), e.getValue());
        Path f = file(out);
        if (!grew && Files.isRegularFile(f)) return;
        Path tmp = f.resolveSibling(f.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, List<String>> e : byFile.entrySet()) {
                for (String path : e.getValue()) {
                    if (e.getKey().indexOf('\t') >= 0 || e.getKey().indexOf('\n') >= 0 || path.indexOf('\n') >= 0) continue;
                    w.write(e.getKey() + "\t" + path + "\n");
                }
            }
        }
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
