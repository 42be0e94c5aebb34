package gazette.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The paths under some folders and files that changed since it last looked, as serve's watcher
 * reports them: a file whose size, time or bytes changed, added or removed; a folder made or removed.
 */
public final class SeenChanges {
    private final List<Path> roots;
    private Map<Path, String> seen = new TreeMap<>();

    public SeenChanges(Path... roots) {
        this.roots = List.of(roots);
    }

    /** What changed since the last call (everything, the first time). */
    public List<Path> since() {
        Map<Path, String> now = new TreeMap<>();
        try {
            for (Path root : roots) {
                if (!Files.exists(root)) continue;
                try (Stream<Path> all = Files.walk(root)) {
                    for (Path p : all.toList()) {
                        now.put(p.toAbsolutePath(), Files.isDirectory(p) ? "folder"
                                : Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis() + " " + Arrays.hashCode(Files.readAllBytes(p)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> changed = new ArrayList<>();
        for (Map.Entry<Path, String> e : now.entrySet()) if (!e.getValue().equals(seen.get(e.getKey()))) changed.add(e.getKey());
        for (Path p : seen.keySet()) if (!now.containsKey(p)) changed.add(p);
        seen = now;
        return changed;
    }
}
