package gazette.write;

import gazette.fingerprint.Hashes;
import gazette.render.ThemeFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Static assets (CSS, images, scripts) into {@code static/} of the site: the default theme's,
 * packed into the jar by the build, then the templates folder's own {@code static/}, which wins
 * file by file. Each is published twice: under a name that carries a fingerprint of its bytes
 * ({@code static/style.3f9a2c81d0.css}), which the pages link to and a host may cache for a
 * year, since new bytes get a new name; and under its own name, for links written by hand.
 */
public final class Assets {
    public static final String FOLDER = "static";

    private final Map<String, byte[]> files;
    private final Map<String, String> names = new TreeMap<>();

    private Assets(Map<String, byte[]> files) {
        this.files = files;
        files.forEach((name, bytes) -> names.put(name, fingerprinted(name, bytes)));
    }

    /** The theme's assets, with the templates folder's over them. */
    public static Assets of(Path templatesDir) throws IOException {
        return new Assets(ThemeFiles.list(templatesDir, FOLDER));
    }

    /** {@code style.css} → {@code style.3f9a2c81d0.css}: the fingerprint before the last dot of the file's name. */
    static String fingerprinted(String name, byte[] bytes) {
        String print = HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(8).putLong(Hashes.of(bytes)).array()).substring(0, 10);
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(0, dot) + "." + print + name.substring(dot) : name + "." + print;
    }

    /** The site path pages link to for {@code name} (a path under {@code static/}): its fingerprinted copy, or itself when there is no such asset. */
    public String link(String name) {
        return FOLDER + "/" + names.getOrDefault(name, name);
    }

    /** Every asset by its name under {@code static/}, with the path of its fingerprinted copy. */
    public Map<String, String> links() {
        Map<String, String> out = new TreeMap<>();
        names.keySet().forEach(n -> out.put(n, link(n)));
        return out;
    }

    /** Writes the assets, each under both names; returns how many assets there are. */
    public int copy(FileSink out) throws IOException {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            out.file(FOLDER + "/" + f.getKey(), f.getValue());
            out.file(FOLDER + "/" + names.get(f.getKey()), f.getValue());
        }
        return files.size();
    }
}
