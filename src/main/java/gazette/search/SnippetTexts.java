package gazette.search;

import gazette.index.Archive;
import gazette.render.ArchivePrints;
import gazette.write.FileSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code search.txt} beside each article's page: its summary on the first line, then its body as
 * plain text, from which the search page cuts a result's snippet around the words found (or
 * shows the summary, when the words are in neither). One small file per article, at the
 * article's own address, so an edit rewrites one file and a result fetches only its own.
 */
final class SnippetTexts {
    static final String FILE = "search.txt";
    /** Enough for the snippets of any story; a longer body's later words are still found, without a snippet. */
    static final int MAX_CHARS = 20_000;

    private final Archive archive;
    private final ArchivePrints prints;
    private final FileSink out;
    /** The articles whose file this build has claimed or written: each is done once. */
    private final java.util.concurrent.atomic.AtomicIntegerArray done;

    /** @param prints null: no last build to keep files from */
    SnippetTexts(Archive archive, ArchivePrints prints, FileSink out) {
        this.archive = archive;
        this.prints = prints;
        this.out = out;
        this.done = new java.util.concurrent.atomic.AtomicIntegerArray(archive.size());
    }

    /** True when this build already has the article's file. */
    boolean has(int i) {
        return done.get(i) == 1;
    }

    String name(int i) {
        return archive.permalink(i).path() + FILE;
    }

    private long fingerprint(int i) {
        return prints == null ? 0 : prints.entries(name(i), new int[] {i}, SearchIndex.VERSION);
    }

    /** True when the last build's file stands, claimed for this build. */
    boolean reuse(int i) {
        if (has(i)) return true;
        long fp = fingerprint(i);
        boolean kept = fp != 0 && out.reuse(name(i), fp);
        if (kept) done.set(i, 1);
        return kept;
    }

    /** The article's text, from the body's words (Markdown's marks left out); unless the last build's file stands. */
    void write(int i, String body) {
        if (reuse(i) || !done.compareAndSet(i, 0, 1)) return;
        try {
            String summary = archive.article(i).summary();
            out.file(name(i), (plain(summary == null ? "" : summary) + "\n" + plain(body)).getBytes(StandardCharsets.UTF_8), fingerprint(i));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text as a reader sees it: the marks of Markdown (heading and quote markers, emphasis, code
     * ticks, table pipes) gone, every run of white space one space, at most {@link #MAX_CHARS}.
     */
    /** True when only heading or quote marks stand between the line's start and {@code k}. */
    private static boolean atLineMarks(String text, int k) {
        int j = k - 1;
        while (j >= 0 && (text.charAt(j) == '#' || text.charAt(j) == '>' || text.charAt(j) == ' ')) j--;
        return j < 0 || text.charAt(j) == '\n';
    }

    static String plain(String text) {
        int n = text.length();
        StringBuilder s = new StringBuilder(Math.min(n, MAX_CHARS));
        boolean space = true;
        for (int k = 0; k < n && s.length() < MAX_CHARS; k++) {
            char c = text.charAt(k);
            // the common case first: a letter, a digit or a space costs one comparison or two
            if (c > ' ' && c != '#' && c != '>' && c != '*' && c != '_' && c != '`' && c != '|' && c != '[' && c != '!') {
                s.append(c);
                space = false;
                continue;
            }
            if (c == '#' || c == '>') {
                // a heading's and a quote's marks at a line's start, however many
                if (k == 0 || text.charAt(k - 1) == '\n' || atLineMarks(text, k)) continue;
            } else if (c == '*' || c == '_' || c == '`' || c == '|' || c == '[' || c == '!' && k + 1 < n && text.charAt(k + 1) == '[') {
                // emphasis, code, a table's bars and a link's or picture's brackets go; between two words they part
                // them, as the page shows them ("|Labour|Conservative|"), and an underscore within a word stays
                boolean inWord = k > 0 && k + 1 < n && Character.isLetterOrDigit(text.charAt(k - 1))
                        && Character.isLetterOrDigit(text.charAt(k + 1));
                if (!inWord) continue;
                if (c != '_') c = ' ';
            }
            if (Character.isWhitespace(c)) {
                if (!space) s.append(' ');
                space = true;
            } else {
                s.append(c);
                space = false;
            }
        }
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') end--;
        return s.substring(0, end);
    }

}
