package gazette.incremental;

import gazette.fingerprint.Hasher;
import gazette.fingerprint.Hashes;
import gazette.fingerprint.ValuePrint;
import gazette.site.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a build's saved state depends on beyond the content: the code that made it and the
 * settings (a new time zone moves days, new tag rules change text articles' tags). When the key
 * changes, the next build is a clean one.
 */
public final class StateKey {
    private static volatile Long running;

    private StateKey() {}

    /** The key for a build with these settings by the Gazette that is running. */
    public static String of(Settings settings) {
        // the render time limit decides whether a build fails, never what a page holds
        Settings shaping = settings.withRenderTimeout(Settings.DEFAULT_RENDER_TIMEOUT);
        return Long.toHexString(new Hasher().add(runningCode()).add(new ValuePrint(null).of(shaping)).get());
    }

    /** The running code's fingerprint, computed once a run. */
    static long runningCode() {
        Long code = running;
        if (code == null) {
            try {
                running = code = code(Path.of(StateKey.class.getProtectionDomain().getCodeSource().getLocation().toURI()), dependencies());
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException("cannot find Gazette's own code: " + e.getMessage(), e);
            }
        }
        return code;
    }

    /**
     * Where the libraries that shape the output come from, when Gazette runs from a classes folder:
     * their jars' paths name their versions. (The class path itself may be a temporary jar with a
     * new name each run, as test runners and IDEs make to shorten it.)
     */
    private static String dependencies() {
        StringBuilder s = new StringBuilder();
        for (Class<?> c : new Class<?>[] {freemarker.template.Configuration.class, com.vladsch.flexmark.parser.Parser.class,
                com.vladsch.flexmark.ext.tables.TablesExtension.class, org.snakeyaml.engine.v2.api.Load.class}) {
            var source = c.getProtectionDomain().getCodeSource();
            s.append(source == null ? c.getName() : source.getLocation()).append('\n');
        }
        return s.toString();
    }

    /**
     * A jar's fingerprint from its table of contents: every entry's name, size and CRC-32, which
     * the zip format keeps together at its end, so that a build need not read a 47 MB jar through
     * (about 20 ms of every build, a fifteenth of one with nothing to do at 10,000 articles). A
     * file that is no zip is hashed whole.
     */
    private static long jar(Path location) throws IOException {
        Hasher h = new Hasher().add("jar entries");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(location.toFile())) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                java.util.zip.ZipEntry e = entries.nextElement();
                h.add(e.getName()).add(e.getSize()).add(e.getCrc());
            }
        } catch (java.util.zip.ZipException notAZip) {
            return new Hasher().add("jar").add(Hashes.of(location)).get();
        }
        return h.get();
    }

    /**
     * The fingerprint of the code at {@code location}: a jar's entries (the jar carries its
     * dependencies), or every file of a classes folder with where its dependencies came from (a
     * development build, run by the tests or an IDE): a change of any class is a new key.
     */
    static long code(Path location, String dependencies) {
        try {
            if (Files.isRegularFile(location)) return jar(location);
            Hasher h = new Hasher().add("classes").add(dependencies);
            List<Path> files;
            try (Stream<Path> s = Files.walk(location)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) h.add(location.relativize(f).toString()).add(Hashes.of(Files.readAllBytes(f)));
            return h.get();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Gazette's own code at " + location, e);
        }
    }
}
