package gazette.read;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Reads a Markdown article: YAML front matter between '---' fences, then the body. */
public final class MarkdownReader {
    static final Set<String> KNOWN_KEYS = Set.of(
            "title", "date", "tags", "author", "authors", "source", "summary", "slug", "draft");
    private static final int SUMMARY_LIMIT = 300;
    /** How deep front matter values may nest: far beyond any real use, and short of any stack's end. */
    static final int MAX_DEPTH = 64;

    private final ZoneId zone;

    public MarkdownReader(ZoneId zone) {
        this.zone = zone;
    }

    /** Where the body starts, so the render pass can skip the front matter without parsing it again. */
    public static String body(String text) {
        Fences f = Fences.find(text);
        return f == null ? text : text.substring(f.bodyStart);
    }

    /** As {@link #read(String, String, byte[], Collection, Collection)}, dropping the warnings. */
    public Article read(String path, String file, byte[] bytes) throws ContentException {
        return read(path, file, bytes, new ArrayList<>(0), new ArrayList<>(0));
    }

    /**
     * @param path     the file as the user knows it, for messages
     * @param file     the file relative to the content folder
     * @param warnings where a problem that does not stop the article goes (stray non-UTF-8 bytes)
     * @param unpublishable where a problem goes that keeps the article off the site only if it is
     *                 published (a news field that cannot be used)
     */
    public Article read(String path, String file, byte[] bytes, Collection<String> warnings, Collection<Problem> unpublishable)
            throws ContentException {
        String text = TextFiles.decode(path, bytes, warnings);
        Fences f = Fences.find(text);
        if (f == null) {
            if (!text.startsWith("---")) {
                throw new ContentException(path, 1, "no front matter: a Markdown article starts with a '---' line, then title and date");
            }
            throw new ContentException(path, 1, "front matter is not closed: no '---' line after the opening one");
        }
        String yaml = text.substring(f.yamlStart, f.yamlEnd);
        Map<String, Object> meta = parseYaml(path, yaml);
        FrontMatter fm = new FrontMatter(path, yaml, meta);

        String title = fm.text("title");
        if (title == null || title.isBlank()) {
            throw new ContentException(path, fm.line("title"), meta.containsKey("title") ? "title is empty" : "no title: front matter needs a 'title'");
        }
        String dateText = fm.text("date");
        if (dateText == null || dateText.isBlank()) {
            throw new ContentException(path, fm.line("date"), "no date: front matter needs a 'date' (YYYY-MM-DD, or a date-time with offset)");
        }
        Dates.When when;
        try {
            when = Dates.parse(dateText, zone);
        } catch (DateTimeException e) {
            throw new ContentException(path, fm.line("date"), "date: " + e.getMessage());
        }
        String slugText = fm.text("slug");
        String slug = Slugs.slugify(slugText != null && !slugText.isBlank() ? slugText : title, "article");
        List<String> authors = new ArrayList<>(fm.list("author"));
        authors.addAll(fm.list("authors"));
        String summary = fm.text("summary");
        if (summary == null || summary.isBlank()) summary = Summaries.fromMarkdown(text.substring(f.bodyStart), SUMMARY_LIMIT);
        Object draft = meta.get("draft");
        if (draft != null && !(draft instanceof Boolean)) {
            throw new ContentException(path, fm.line("draft"), "draft: must be true or false, not '" + draft + "'");
        }
        Map<String, Object> params = Map.of();
        for (Map.Entry<String, Object> e : meta.entrySet()) {
            if (!shallow(e.getValue(), MAX_DEPTH)) {
                // an alias inside its own anchor (&a {self: *a}) would have every step after this walk it for ever
                throw new ContentException(path, fm.line(e.getKey()), e.getKey() + ": nested more than " + MAX_DEPTH
                        + " levels deep, or contains itself (a YAML alias inside its own anchor)");
            }
            if (!KNOWN_KEYS.contains(e.getKey())) {
                if (params.isEmpty()) params = new LinkedHashMap<>();
                params.put(e.getKey(), e.getValue());
            }
        }
        try {
            // the keys news metadata reads: checked here, at their line, and listed with the other problems if the article is published
            NewsFields.parse(params, when.instant(), zone);
        } catch (NewsFields.Invalid e) {
            unpublishable.add(new Problem(path, fm.line(e.key()), e.getMessage()));
        }
        if (meta.containsKey(Aliases.KEY)) {
            // the article's old addresses, which redirect to it: checked here, at their line
            String wrong = Aliases.problem(fm.list(Aliases.KEY));
            if (wrong != null) unpublishable.add(new Problem(path, fm.line(Aliases.KEY), wrong));
        }
        String body = text.substring(f.bodyStart);
        int firstLine = 1 + (int) text.substring(0, f.bodyStart).chars().filter(c -> c == '\n').count();
        List<PictureRef> pictures = PictureRefs.of(body, path, file, firstLine, unpublishable);
        Object image = meta.get("image");
        PictureRef lead = image instanceof String s ? PictureRefs.lead(s.strip(), path, file, fm.line("image"), unpublishable) : null;
        if (lead != null) {
            // the lead picture first; shown in the body too, it is still one picture
            List<PictureRef> all = new ArrayList<>(pictures.size() + 1);
            all.add(lead);
            for (PictureRef r : pictures) if (!r.path().equals(lead.path())) all.add(r);
            pictures = List.copyOf(all);
        }
        return new Article(file, Article.Format.MARKDOWN, title.strip(), when.instant(), when.timed(), when.offset(), slug,
                Interned.names(fm.list("tags")), Interned.names(authors), Interned.name(blankToNull(fm.text("source"))),
                blankToNull(summary), null, null, Boolean.TRUE.equals(draft),
                params.isEmpty() ? Map.of() : Collections.unmodifiableMap(params),
                bodyPrint(body), pictures);
    }

    /** The body's fingerprint: its text without the blank lines around it (0 when there is none). */
    static long bodyPrint(String body) {
        String b = body.strip();
        return b.isEmpty() ? 0 : new gazette.fingerprint.Hasher().add(b).get();
    }

    private static Map<String, Object> parseYaml(String path, String yaml) throws ContentException {
        Object root;
        try {
            root = new Load(LoadSettings.builder().setLabel(path).build()).loadFromString(yaml);
        } catch (MarkedYamlEngineException e) {
            // +2: the opening fence is line 1 and marks count from zero
            int line = e.getProblemMark().map(m -> m.getLine() + 2).orElse(1);
            throw new ContentException(path, line, "broken YAML in front matter: " + e.getProblem());
        } catch (ReaderException e) {
            // a character YAML does not allow, such as a raw control character: say which, and where
            int line = 2 + (int) yaml.codePoints().limit(e.getPosition()).filter(c -> c == '\n').count();
            throw new ContentException(path, line, String.format("broken YAML in front matter: character U+%04X is not allowed (write it as an escape in a double-quoted string)", e.getCodePoint()));
        } catch (YamlEngineException e) {
            throw new ContentException(path, 1, "broken YAML in front matter: " + e.getMessage());
        } catch (StackOverflowError e) {
            // the parser recurses once a level: thousands of nested brackets or indents are an attack, not an article
            throw new ContentException(path, 2, "broken YAML in front matter: nested too deeply");
        }
        if (root == null) return Map.of();
        if (!(root instanceof Map<?, ?> map)) {
            throw new ContentException(path, 2, "front matter must be YAML keys and values (title: ..., date: ...)");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** True when the value's lists and maps go no deeper than {@code depth}. */
    private static boolean shallow(Object v, int depth) {
        if (v instanceof Map<?, ?> m) {
            if (depth == 0) return false;
            for (Map.Entry<?, ?> e : m.entrySet()) if (!shallow(e.getKey(), depth - 1) || !shallow(e.getValue(), depth - 1)) return false;
        } else if (v instanceof java.util.Collection<?> c) {
            if (depth == 0) return false;
            for (Object o : c) if (!shallow(o, depth - 1)) return false;
        }
        return true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Front matter values with the line each key stands on, for error messages. */
    private record FrontMatter(String path, String yaml, Map<String, Object> meta) {
        String text(String key) {
            Object v = meta.get(key);
            if (v == null) return null;
            if (v instanceof String s) return s;
            if (v instanceof Number || v instanceof Boolean) return String.valueOf(v);
            return null;
        }

        List<String> list(String key) throws ContentException {
            Object v = meta.get(key);
            if (v == null) return List.of();
            if (v instanceof List<?> l) {
                List<String> out = new ArrayList<>(l.size());
                for (Object o : l) {
                    if (o == null) continue;
                    if (o instanceof Map || o instanceof List) {
                        throw new ContentException(path, line(key), key + ": each entry must be a plain name");
                    }
                    String s = String.valueOf(o).strip();
                    if (!s.isEmpty() && !out.contains(s)) out.add(s);
                }
                return out;
            }
            if (v instanceof Map) throw new ContentException(path, line(key), key + ": must be a name or a list of names");
            String s = String.valueOf(v).strip();
            return s.isEmpty() ? List.of() : List.of(s);
        }

        /** The file line of {@code key}, or the opening fence when the key is absent. */
        int line(String key) {
            int line = 2;
            int start = 0;
            while (start <= yaml.length()) {
                int end = yaml.indexOf('\n', start);
                if (end < 0) end = yaml.length();
                if (yaml.startsWith(key, start)) {
                    int after = start + key.length();
                    while (after < end && (yaml.charAt(after) == ' ' || yaml.charAt(after) == '\t')) after++;
                    if (after < end && yaml.charAt(after) == ':') return line;
                }
                line++;
                start = end + 1;
            }
            return 1;
        }
    }

    /** Offsets of the front matter and the body within a file's text. */
    private record Fences(int yamlStart, int yamlEnd, int bodyStart) {
        static Fences find(String text) {
            int first = lineEnd(text, 0);
            if (!isFence(text, 0, first)) return null;
            int start = next(text, first);
            int pos = start;
            while (pos < text.length()) {
                int end = lineEnd(text, pos);
                if (isFence(text, pos, end)) return new Fences(start, pos, next(text, end));
                pos = next(text, end);
            }
            return null;
        }

        private static boolean isFence(String text, int from, int to) {
            String line = text.substring(from, to).stripTrailing();
            return line.equals("---") || line.equals("...") && from > 0;
        }

        private static int lineEnd(String text, int from) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            return end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
        }

        private static int next(String text, int lineEnd) {
            if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') lineEnd++;
            return Math.min(text.length(), lineEnd + 1);
        }
    }
}
