package gazette.incremental;

import gazette.read.Article;
import gazette.read.PictureRef;
import gazette.read.Interned;
import gazette.read.Problem;
import gazette.read.SourceFile;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes and reads {@link SourceFile} records in the build state, field by field. Front matter
 * values are stored as tagged data (strings, numbers, booleans, lists, maps, sets, bytes: what
 * YAML gives), never as Java objects: a state file is input, and input is read as data.
 */
final class ArticleCodec {
    /** Bounds for a state file that is damaged or was written by someone else: no giant arrays, no deep recursion. */
    private static final int MAX_STRING_BYTES = 64 << 20;
    private static final int MAX_ITEMS = 1 << 24;
    private static final int MAX_DEPTH = 200;
    /** No offset was written with the article's date (real offsets lie within ±18 hours). */
    private static final int NO_OFFSET = Integer.MIN_VALUE;

    private static final int NULL = 0, STRING = 1, INT = 2, LONG = 3, BIG_INTEGER = 4, DOUBLE = 5, BOOLEAN = 6, LIST = 7, MAP = 8,
            SET = 9, BYTES = 10, FLOAT = 11, BIG_DECIMAL = 12;

    private ArticleCodec() {}

    /** False when the article holds a front matter value this codec cannot store: its file is then read again next time. */
    static boolean storable(Article a) {
        return storable(a.params(), 0);
    }

    private static boolean storable(Object v, int depth) {
        if (depth > MAX_DEPTH) return false;
        if (v == null || v instanceof String || v instanceof Integer || v instanceof Long || v instanceof BigInteger || v instanceof Double
                || v instanceof Float || v instanceof BigDecimal || v instanceof Boolean || v instanceof byte[]) return true;
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) if (!storable(e.getKey(), depth + 1) || !storable(e.getValue(), depth + 1)) return false;
            return true;
        }
        if (v instanceof List<?> || v instanceof Set<?>) {
            for (Object o : (Collection<?>) v) if (!storable(o, depth + 1)) return false;
            return true;
        }
        return false;
    }

    static void write(DataOutput out, SourceFile f) throws IOException {
        out.writeLong(f.size());
        out.writeLong(f.modified());
        out.writeLong(f.hash());
        strings(out, f.warnings());
        Article a = f.article();
        string(out, a.file());
        out.writeByte(a.format().ordinal());
        string(out, a.title());
        out.writeLong(a.published().getEpochSecond());
        out.writeInt(a.published().getNano());
        out.writeBoolean(a.timed());
        out.writeInt(a.offset() == null ? NO_OFFSET : a.offset().getTotalSeconds());
        string(out, a.slug());
        strings(out, a.tags());
        strings(out, a.authors());
        string(out, a.source());
        string(out, a.summary());
        string(out, a.url());
        string(out, a.editor());
        out.writeBoolean(a.draft());
        value(out, a.params());
        out.writeLong(a.body());
        out.writeInt(a.pictures().size());
        for (PictureRef r : a.pictures()) {
            string(out, r.path());
            string(out, r.written());
            out.writeInt(r.line());
        }
        Problem p = f.unpublishable();
        out.writeBoolean(p != null);
        if (p != null) {
            string(out, p.file());
            out.writeInt(p.line());
            string(out, p.message());
        }
    }

    static SourceFile read(DataInput in) throws IOException {
        long size = in.readLong();
        long modified = in.readLong();
        long hash = in.readLong();
        List<String> warnings = strings(in);
        String file = string(in);
        int format = in.readByte();
        if (format < 0 || format >= Article.Format.values().length) throw new IOException("unknown article format " + format);
        String title = string(in);
        Instant published = Instant.ofEpochSecond(in.readLong(), in.readInt());
        boolean timed = in.readBoolean();
        int seconds = in.readInt();
        java.time.ZoneOffset offset = seconds == NO_OFFSET ? null : java.time.ZoneOffset.ofTotalSeconds(seconds);
        String slug = string(in);
        List<String> tags = Interned.names(strings(in));
        List<String> authors = Interned.names(strings(in));
        String source = Interned.name(string(in));
        String summary = string(in);
        String url = string(in);
        String editor = Interned.name(string(in));
        boolean draft = in.readBoolean();
        Object params = value(in, 0);
        if (!(params instanceof Map<?, ?> map)) throw new IOException("front matter in the build state is not a mapping");
        @SuppressWarnings("unchecked")
        Map<String, Object> p = map.isEmpty() ? Map.of() : Collections.unmodifiableMap((Map<String, Object>) map);
        long body = in.readLong();
        int n = in.readInt();
        if (n < 0 || n > 100_000) throw new IOException("an article with " + n + " pictures in the build state");
        List<PictureRef> pictures = n == 0 ? List.of() : new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) pictures.add(new PictureRef(string(in), string(in), in.readInt()));
        Article a = new Article(file, Article.Format.values()[format], title, published, timed, offset, slug, tags, authors, source, summary,
                url, editor, draft, p, body, n == 0 ? List.of() : List.copyOf(pictures));
        Problem unpublishable = in.readBoolean() ? new Problem(string(in), in.readInt(), string(in)) : null;
        return new SourceFile(size, modified, hash, a, warnings, unpublishable);
    }

    private static void value(DataOutput out, Object v) throws IOException {
        if (v == null) {
            out.writeByte(NULL);
        } else if (v instanceof String s) {
            out.writeByte(STRING);
            string(out, s);
        } else if (v instanceof Integer n) {
            out.writeByte(INT);
            out.writeInt(n);
        } else if (v instanceof Long n) {
            out.writeByte(LONG);
            out.writeLong(n);
        } else if (v instanceof BigInteger n) {
            out.writeByte(BIG_INTEGER);
            string(out, n.toString());
        } else if (v instanceof Double n) {
            out.writeByte(DOUBLE);
            out.writeDouble(n);
        } else if (v instanceof Float n) {
            out.writeByte(FLOAT);
            out.writeFloat(n);
        } else if (v instanceof BigDecimal n) {
            out.writeByte(BIG_DECIMAL);
            string(out, n.toString());
        } else if (v instanceof Boolean b) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(b);
        } else if (v instanceof byte[] b) {
            out.writeByte(BYTES);
            out.writeInt(b.length);
            out.write(b);
        } else if (v instanceof Map<?, ?> m) {
            out.writeByte(MAP);
            out.writeInt(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                value(out, e.getKey());
                value(out, e.getValue());
            }
        } else if (v instanceof Collection<?> c) {
            out.writeByte(v instanceof Set ? SET : LIST);
            out.writeInt(c.size());
            for (Object o : c) value(out, o);
        } else {
            throw new IOException("cannot store a " + v.getClass().getName() + " in the build state");
        }
    }

    private static Object value(DataInput in, int depth) throws IOException {
        if (depth > MAX_DEPTH) throw new IOException("front matter in the build state is nested too deeply");
        int tag = in.readByte();
        return switch (tag) {
            case NULL -> null;
            case STRING -> string(in);
            case INT -> in.readInt();
            case LONG -> in.readLong();
            case BIG_INTEGER -> new BigInteger(string(in));
            case DOUBLE -> in.readDouble();
            case FLOAT -> in.readFloat();
            case BIG_DECIMAL -> new BigDecimal(string(in));
            case BOOLEAN -> in.readBoolean();
            case BYTES -> {
                byte[] b = new byte[count(in, MAX_STRING_BYTES)];
                in.readFully(b);
                yield b;
            }
            case MAP -> {
                int n = count(in, MAX_ITEMS);
                Map<Object, Object> m = new LinkedHashMap<>();
                for (int k = 0; k < n; k++) m.put(value(in, depth + 1), value(in, depth + 1));
                yield m;
            }
            case LIST, SET -> {
                int n = count(in, MAX_ITEMS);
                Collection<Object> c = tag == SET ? new LinkedHashSet<>() : new ArrayList<>();
                for (int k = 0; k < n; k++) c.add(value(in, depth + 1));
                yield tag == SET ? Collections.unmodifiableSet((Set<Object>) c) : Collections.unmodifiableList((List<Object>) c);
            }
            default -> throw new IOException("unknown value in the build state: " + tag);
        };
    }

    private static int count(DataInput in, int max) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > max) throw new IOException("damaged build state: a count of " + n);
        return n;
    }

    private static void string(DataOutput out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInput in) throws IOException {
        int n = in.readInt();
        if (n == -1) return null;
        if (n < -1 || n > MAX_STRING_BYTES) throw new IOException("damaged build state: a string of " + n + " bytes");
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void strings(DataOutput out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) string(out, s);
    }

    private static List<String> strings(DataInput in) throws IOException {
        int n = count(in, MAX_ITEMS);
        if (n == 0) return List.of();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(string(in));
        return Collections.unmodifiableList(out);
    }
}
