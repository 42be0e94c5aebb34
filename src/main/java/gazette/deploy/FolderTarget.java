package gazette.deploy;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A local or mounted folder ({@code file:///var/www/news}), the web server's root. Each file is
 * written beside its place and renamed over it, so a reader gets the old file or the new one,
 * never half of one. What each file's MD5 is, at its size and time, is kept beside the folder
 * ({@code .news.gazette-deploy}, never served), so a deploy reads only the files that changed.
 */
final class FolderTarget implements Target {
    private static final String TEMPORARY = ".gazette-tmp-";
    private final Path root;
    private final Path record;
    /** key → size, time (ms) and MD5 of the file as the last deploy wrote or read it. */
    private final Map<String, String[]> known = new ConcurrentHashMap<>();

    private final boolean dryRun;

    /** {@code site}: the folder deployed, which the target must neither be, nor hold, nor be inside. */
    FolderTarget(Path root, Path site, boolean dryRun) throws IOException {
        Path asked = root.toAbsolutePath().normalize();
        if (asked.getParent() == null) throw new IOException("refusing to deploy to the file system's root");
        // through a link to the folder it leads to: a web root is often one
        this.root = Files.isDirectory(asked) ? asked.toRealPath() : asked;
        this.dryRun = dryRun;
        Path from = site.toRealPath();
        if (this.root.startsWith(from) || from.startsWith(this.root)) {
            throw new IOException("refusing to deploy " + site + " to " + asked + ": one holds the other (deploying deletes what the site lacks)");
        }
        this.record = asked.resolveSibling("." + asked.getFileName() + ".gazette-deploy");
        if (!dryRun) Files.createDirectories(this.root);
        if (Files.isRegularFile(record)) {
            try (BufferedReader in = Files.newBufferedReader(record, StandardCharsets.UTF_8)) {
                for (String line; (line = in.readLine()) != null; ) {
                    String[] f = line.split("\t");
                    if (f.length == 4) known.put(f[0], new String[] {f[1], f[2], f[3]});
                }
            }
        }
    }

    @Override
    public Map<String, String> list() throws IOException {
        Map<String, String> out = new HashMap<>();
        if (!Files.isDirectory(root)) return out; // a dry run before the first deploy
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            String key = root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
            if (f.getFileName().toString().startsWith(TEMPORARY)) {
                if (!dryRun) Files.deleteIfExists(f); // an interrupted deploy's
                continue;
            }
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            String[] k = known.get(key);
            String size = Long.toString(a.size());
            String time = Long.toString(a.lastModifiedTime().toMillis());
            if (k == null || !k[0].equals(size) || !k[1].equals(time)) {
                k = new String[] {size, time, Md5.of(f)};
                known.put(key, k);
            }
            out.put(key, k[2]);
        }
        known.keySet().retainAll(out.keySet());
        return out;
    }

    @Override
    public void put(SiteFile file, String contentType, String cacheControl) throws IOException {
        Path target = place(file.key());
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(TEMPORARY + target.getFileName());
        if (file.gzip()) Files.write(tmp, Gzip.of(file.file()));
        else Files.copy(file.file(), tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        BasicFileAttributes a = Files.readAttributes(target, BasicFileAttributes.class);
        known.put(file.key(), new String[] {Long.toString(a.size()), Long.toString(a.lastModifiedTime().toMillis()), file.md5()});
    }

    @Override
    public void delete(List<String> keys) throws IOException {
        for (String key : keys) {
            Path p = place(key);
            Files.deleteIfExists(p);
            known.remove(key);
            // the folders it leaves empty go too, up to the root
            for (Path d = p.getParent(); d != null && !d.equals(root); d = d.getParent()) {
                try (Stream<Path> s = Files.list(d)) {
                    if (s.findAny().isPresent()) break;
                }
                Files.delete(d);
            }
        }
    }

    @Override
    public String describe() {
        return root.toString();
    }

    /** Saves what the folder holds for the next deploy. */
    @Override
    public void close() throws IOException {
        if (dryRun) return;
        Path tmp = record.resolveSibling(record.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String[]> e : known.entrySet()) {
                w.write(e.getKey() + "\t" + String.join("\t", e.getValue()) + "\n");
            }
        }
        Files.move(tmp, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The key's file inside the folder; never outside it, whatever the key says. */
    private Path place(String key) throws IOException {
        Path p = root.resolve(key).normalize();
        if (!p.startsWith(root) || p.equals(root) || key.contains("\t") || key.contains("\n")) {
            throw new IOException("refusing to write outside " + root + ": " + key);
        }
        return p;
    }
}
