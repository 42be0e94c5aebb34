package gazette.pipeline;

import gazette.read.Article;
import gazette.read.ContentException;
import gazette.read.NewsFields;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the front matter keys that news metadata reads ({@code updated}, {@code lastmod},
 * {@code image}, {@code section}) before anything is rendered, so a bad date is reported with
 * the other content problems instead of stopping the build halfway.
 */
final class NewsFieldCheck {
    private NewsFieldCheck() {}

    static List<ContentException> check(Path contentDir, List<Article> articles, ZoneId zone) {
        List<ContentException> problems = new ArrayList<>();
        for (Article a : articles) {
            if (a.params().isEmpty()) continue;
            try {
                NewsFields.of(a, zone);
            } catch (IllegalArgumentException e) {
                Path file = contentDir.resolve(a.file());
                String key = e.getMessage().substring(0, Math.max(0, e.getMessage().indexOf(':')));
                problems.add(new ContentException(file.toString(), lineOf(file, key), e.getMessage()));
            }
        }
        return problems;
    }

    /** The line of {@code key:} in the file's front matter; only ever read for a file with a problem. */
    private static int lineOf(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int n = 1; n < lines.size(); n++) {
                String l = lines.get(n);
                if (l.strip().equals("---")) break;
                if (l.startsWith(key) && l.substring(key.length()).stripLeading().startsWith(":")) return n + 1;
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // the line is a courtesy; the problem is reported anyway
        }
        return 1;
    }
}
