package gazette.search;

import gazette.index.Archive;
import gazette.render.ArchivePrints;
import gazette.write.FileSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The articles' texts, for snippets and phrases: each its summary on one line, then its body as
 * plain text, one after another in files of one day's articles, at most {@link #PER_FILE} a file:
 * {@code search/texts/2024/03-07.txt}, {@code 03-07-2.txt}… A result asks for its own bytes with a
 * range request, where its doc record says ({@link #location}); a host that ignores ranges sends
 * the whole file, which the page cuts. Files by day, so that a new article rewrites the files of
 * its day alone; few, because on a busy disk a file costs far more to make than its bytes do (one
 * file an article made a 100,000-article build half as long again).
 *
 * <p>Texts arrive from many threads as pages render; they are kept in a temporary file until the
 * index is written, and only their positions in memory. Of an article taken from the
 * {@link TermCache} only the length is known; its text is made again only if its day's file is.
 */
final class SnippetTexts implements AutoCloseable {
    static final String FOLDER = SearchIndex.FOLDER + "texts/";
    /** Sixteen texts of about 5 KB: what one result costs when the host ignores ranges. */
    static final int PER_FILE = 16;
    /** Enough for the snippets of any story; a longer body's later words are still found, without a snippet. */
    static final int MAX_CHARS = 20_000;

    private static final long NONE = -1, NOT_AT_HAND = -2;
    private final Archive archive;
    private final TermCache cache;
    /** Each article's text's place in the temporary file; NONE until it came, NOT_AT_HAND when only its length is known. */
    private final long[] at;
    private final int[] length;
    /** For each article: which of its day's files holds its text, and where in it. */
    private final int[] file;
    private final int[] offset;
    private final Map<String, Postings.IntList> files = new LinkedHashMap<>();
    private Path spillPath;
    private FileChannel spill;
    private long spilled;

    SnippetTexts(Archive archive, TermCache cache) {
        this.archive = archive;
        this.cache = cache;
        this.at = new long[archive.size()];
        Arrays.fill(at, NONE);
        this.length = new int[archive.size()];
        this.file = new int[archive.size()];
        this.offset = new int[archive.size()];
        // oldest first within a day: a new story goes at the end of its day's last file, and moves
        // no other text's bytes (their doc records, which say where, stay as they were)
        Map<LocalDate, Integer> perDay = new HashMap<>();
        for (int i = archive.size() - 1; i >= 0; i--) {
            LocalDate day = archive.permalink(i).day();
            int k = perDay.merge(day, 1, Integer::sum) - 1;
            file[i] = k / PER_FILE;
            files.computeIfAbsent(name(day, file[i]), n -> new Postings.IntList()).add(i);
        }
    }

    /** {@code search/texts/2024/03-07.txt}, then {@code 03-07-2.txt}…; the page makes the same name from the date. */
    static String name(LocalDate day, int file) {
        String date = day.toString(); // 0999-03-07: four digits for the year, as the page cuts them from the record's date
        return FOLDER + date.substring(0, 4) + "/" + date.substring(5) + (file == 0 ? "" : "-" + (file + 1)) + ".txt";
    }

    /** True when the article's text came, or its length from the cache. */
    boolean has(int i) {
        return at[i] != NONE;
    }

    /** The length of a text that is not at hand: the last build made it, and it is made again only if needed. */
    synchronized void known(int i, int bytes) {
        if (has(i)) return;
        at[i] = NOT_AT_HAND;
        length[i] = bytes;
    }

    /** Each article's text's length in bytes. */
    int[] lengths() {
        return length;
    }

    /** The article's text, from the body's words (Markdown's marks left out); once. */
    void write(int i, String body) {
        String summary = archive.article(i).summary();
        byte[] text = (plain(summary == null ? "" : summary) + "\n" + plain(body)).getBytes(StandardCharsets.UTF_8);
        try {
            synchronized (this) {
                if (at[i] >= 0) return;
                if (spill == null) {
                    spillPath = cache.spill().resolve("texts.bin");
                    spill = FileChannel.open(spillPath, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.READ);
                }
                spill.write(ByteBuffer.wrap(text), spilled);
                at[i] = spilled;
                length[i] = text.length;
                spilled += text.length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(spillPath == null ? e : gazette.write.WriteErrors.cannotWrite(spillPath, e));
        }
    }

    /** Every file's name, and the fingerprint it is made with (0: no last build to keep it from). */
    Map<String, Long> fingerprints(ArchivePrints prints) {
        Map<String, Long> out = new LinkedHashMap<>();
        files.forEach((name, ids) -> out.put(name, prints == null ? 0L : prints.entries(name, ids.toArray(), SearchIndex.VERSION)));
        return out;
    }

    /**
     * Writes the files whose texts changed, once every text came, and places each article's text
     * in its file for {@link #location}; a file the last build made from the same articles stands.
     * A text that is not at hand, in a file to be written, is made from {@code bodyText}.
     */
    void writeFiles(Map<String, Long> fingerprints, FileSink out, IntFunction<String> bodyText) throws IOException {
        for (Map.Entry<String, Postings.IntList> f : files.entrySet()) {
            Postings.IntList ids = f.getValue();
            long fingerprint = fingerprints.get(f.getKey());
            boolean kept = fingerprint != 0 && out.reuse(f.getKey(), fingerprint);
            int size = 0;
            for (int k = 0; k < ids.size(); k++) {
                int i = ids.get(k);
                if (!has(i)) throw new IllegalStateException("no text for article " + i);
                if (!kept && at[i] == NOT_AT_HAND) {
                    at[i] = NONE;
                    write(i, bodyText.apply(i));
                }
                offset[i] = size;
                size += length[i];
            }
            if (kept) continue;
            ByteBuffer bytes = ByteBuffer.allocate(size);
            for (int k = 0; k < ids.size(); k++) {
                int i = ids.get(k);
                ByteBuffer one = bytes.slice(offset[i], length[i]);
                while (one.hasRemaining()) spill.read(one, at[i] + one.position());
            }
            out.file(f.getKey(), bytes.array(), fingerprint);
        }
    }

    /** Where the article's text is, for its doc record: {@code [file of its day (0, 1…), byte offset, byte length]}. */
    int[] location(int i) {
        return new int[] {file[i], offset[i], length[i]};
    }

    @Override
    public synchronized void close() throws IOException {
        if (spill != null) spill.close();
        if (spillPath != null) Files.deleteIfExists(spillPath);
        spill = null;
        spillPath = null;
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
        // runs are copied into an array at once: a StringBuilder copies a character at a time
        char[] s = new char[Math.min(n, MAX_CHARS)];
        int length = 0;
        boolean space = true;
        for (int k = 0; k < n && length < MAX_CHARS; k++) {
            char c = text.charAt(k);
            // the common case first: a run of words and the single spaces between them, copied at once
            if (plain(c)) {
                int end = k + 1;
                int stop = Math.min(n, k + MAX_CHARS - length);
                while (end < stop) {
                    char d = text.charAt(end);
                    if (plain(d) || d == ' ' && end + 1 < stop && plain(text.charAt(end + 1))) end++;
                    else break;
                }
                text.getChars(k, end, s, length);
                length += end - k;
                space = false;
                k = end - 1;
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
                if (!space) s[length++] = ' ';
                space = true;
            } else {
                s[length++] = c;
                space = false;
            }
        }
        while (length > 0 && s[length - 1] == ' ') length--;
        return new String(s, 0, length);
    }

    /** Not a space, nor a mark that Markdown may give a meaning. */
    private static boolean plain(char c) {
        return c > ' ' && c != '#' && c != '>' && c != '*' && c != '_' && c != '`' && c != '|' && c != '[' && c != '!';
    }

}
