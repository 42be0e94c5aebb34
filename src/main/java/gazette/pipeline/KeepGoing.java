package gazette.pipeline;

import gazette.read.Article;
import gazette.read.ContentException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every content problem of the run in one list, for the failure or, with --keep-going, for the
 * report of the files left out of the site.
 */
final class KeepGoing {
    private KeepGoing() {}

    /**
     * Removes from {@code published} the articles whose news fields are bad (files that could not
     * be read at all never became articles), and returns every problem, one line each, sorted.
     */
    static List<String> leaveOut(Path contentDir, List<Article> published, List<ContentException> readErrors,
                                 List<ContentException> fieldProblems) {
        if (readErrors.isEmpty() && fieldProblems.isEmpty()) return List.of();
        Set<String> bad = new HashSet<>();
        for (ContentException e : fieldProblems) bad.add(e.path());
        // NewsFieldCheck names a file as the content folder joined with the article's file
        published.removeIf(a -> bad.contains(contentDir.resolve(a.file()).toString()));
        List<ContentException> all = new ArrayList<>(readErrors);
        all.addAll(fieldProblems);
        all.sort((a, b) -> a.path().equals(b.path()) ? Integer.compare(a.line(), b.line()) : a.path().compareTo(b.path()));
        return all.stream().map(ContentException::toString).toList();
    }
}
