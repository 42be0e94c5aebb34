package gazette.read;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Interns the values articles repeat: a million articles share a few thousand tags, authors and
 * sources, and one copy of each saves about 150 bytes an article. The pool stops growing at
 * {@link #LIMIT} values, so an archive whose values never repeat cannot fill memory with it.
 */
public final class Interned {
    static final int LIMIT = 200_000;
    private static final ConcurrentHashMap<Object, Object> POOL = new ConcurrentHashMap<>();

    private Interned() {}

    @SuppressWarnings("unchecked")
    private static <T> T one(T value) {
        if (value == null) return null;
        Object prior = POOL.get(value);
        if (prior != null) return (T) prior;
        if (POOL.size() >= LIMIT) return value;
        prior = POOL.putIfAbsent(value, value);
        return prior == null ? value : (T) prior;
    }

    /** A tag, author, source or editor name. */
    public static String name(String s) {
        return one(s);
    }

    /** Tag or author names, each interned; a list of one name is shared too. */
    public static List<String> names(List<String> names) {
        if (names.isEmpty()) return List.of();
        String[] out = new String[names.size()];
        for (int i = 0; i < out.length; i++) out[i] = one(names.get(i));
        List<String> list = List.of(out);
        return list.size() == 1 ? one(list) : list;
    }
}
