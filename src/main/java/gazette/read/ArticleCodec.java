package gazette.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Writes and reads {@link SourceFile} records in the build state, field by field. */
public final class ArticleCodec {
    private ArticleCodec() {}

    public static void write(DataOutput out, SourceFile f) throws IOException {
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
        string(out, a.slug());
        strings(out, a.tags());
        strings(out, a.authors());
        string(out, a.source());
        string(out, a.summary());
        string(out, a.url());
        string(out, a.editor());
        out.writeBoolean(a.draft());
        if (a.params().isEmpty()) {
            out.writeInt(0);
        } else {
            // front matter values are plain YAML data: maps, lists, strings, numbers, booleans
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
                o.writeObject((Serializable) a.params());
            }
            out.writeInt(bytes.size());
            out.write(bytes.toByteArray());
        }
    }

    @SuppressWarnings("unchecked")
    public static SourceFile read(DataInput in) throws IOException {
        long size = in.readLong();
        long modified = in.readLong();
        long hash = in.readLong();
        List<String> warnings = strings(in);
        String file = string(in);
        Article.Format format = Article.Format.values()[in.readByte()];
        String title = string(in);
        Instant published = Instant.ofEpochSecond(in.readLong(), in.readInt());
        boolean timed = in.readBoolean();
        String slug = string(in);
        List<String> tags = Interned.names(strings(in));
        List<String> authors = Interned.names(strings(in));
        String source = Interned.name(string(in));
        String summary = string(in);
        String url = string(in);
        String editor = Interned.name(string(in));
        boolean draft = in.readBoolean();
        int paramBytes = in.readInt();
        Map<String, Object> params = Map.of();
        if (paramBytes > 0) {
            byte[] b = new byte[paramBytes];
            in.readFully(b);
            try (ObjectInputStream o = new ObjectInputStream(new ByteArrayInputStream(b))) {
                params = Collections.unmodifiableMap((Map<String, Object>) o.readObject());
            } catch (ClassNotFoundException | ClassCastException e) {
                throw new IOException("unreadable front matter in the build state", e);
            }
        }
        Article a = new Article(file, format, title, published, timed, slug, tags, authors, source, summary, url, editor, draft, params);
        return new SourceFile(size, modified, hash, a, warnings);
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
        if (n < 0) return null;
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void strings(DataOutput out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) string(out, s);
    }

    private static List<String> strings(DataInput in) throws IOException {
        int n = in.readInt();
        if (n == 0) return List.of();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(string(in));
        return List.copyOf(out);
    }
}
