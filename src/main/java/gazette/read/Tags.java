package gazette.read;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/** Interns tag names: an archive repeats a few thousand tags across a million articles. */
final class Tags {
    private static final ConcurrentHashMap<String, String> POOL = new ConcurrentHashMap<>();

    private Tags() {}

    static List<String> intern(List<String> tags) {
        if (tags.isEmpty()) return List.of();
        String[] out = new String[tags.size()];
        for (int i = 0; i < out.length; i++) {
            String t = tags.get(i);
            String prior = POOL.putIfAbsent(t, t);
            out[i] = prior == null ? t : prior;
        }
        return List.of(out);
    }
}
