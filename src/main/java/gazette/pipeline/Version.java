package gazette.pipeline;

import gazette.read.Hashes.Hasher;
import gazette.site.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a build's saved state depends on beyond the content: the Gazette build that made it and
 * the settings (a new time zone moves days, new tag rules change text articles' tags). When this
 * changes, the next build is a clean one.
 */
final class Version {
    private Version() {}

    static String code(Settings s) {
        Hasher h = new Hasher().add(gazette()).add(s.title()).add(s.baseUrl()).add(s.language()).add(s.timeZone().getId())
                .add(s.pageSize()).add(s.description()).add(s.publisher()).add(s.author())
                .add(new TreeMap<>(s.tagRules())).add(new TreeSet<>(s.tagStopList())).add(s.escapeMarkdownHtml());
        return Long.toHexString(h.get());
    }

    /** The jar's size and time: a rebuilt Gazette is another Gazette. */
    private static String gazette() {
        try {
            Path where = Path.of(Version.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(where)) return where.getFileName() + ":" + Files.size(where) + ":" + Files.getLastModifiedTime(where).toMillis();
        } catch (Exception e) {
            // running from classes (tests, development): the settings alone decide
        }
        return "classes";
    }
}
