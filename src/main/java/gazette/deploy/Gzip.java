package gazette.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * {@code deploy --gzip}: text files sent compressed, the same bytes every time (no name, no time
 * in the header), so that an unchanged file has an unchanged MD5 and is not sent again. The JDK's
 * gzip; Brotli is left out: no maintained pure-Java encoder fits a self-contained jar.
 */
final class Gzip {
    /** Types worth compressing: text. Pictures and fonts are compressed already. */
    private static final Set<String> TEXT = Set.of("html", "htm", "css", "js", "json", "xml", "txt", "svg", "map", "webmanifest");

    private Gzip() {}

    static boolean worth(String key) {
        int dot = key.lastIndexOf('.');
        return dot > key.lastIndexOf('/') && TEXT.contains(key.substring(dot + 1));
    }

    static byte[] of(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            Files.copy(file, z);
        }
        return out.toByteArray();
    }
}
