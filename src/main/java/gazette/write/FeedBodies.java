package gazette.write;

import gazette.index.Archive;
import gazette.render.Bodies;
import gazette.text.Xml;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered bodies for the feeds. An article is typically in the site's feed and in several tag
 * feeds; each body is rendered once and kept only until the last feed that needs it has taken it.
 * The cache is also capped in characters, so even thousands of tags cannot hold too many bodies at
 * once: past the cap, a body is rendered again rather than kept.
 */
final class FeedBodies {
    /** About 64 MB of text. */
    static final long DEFAULT_CAP_CHARS = 32L * 1024 * 1024;

    private final Archive archive;
    private final Bodies bodies;
    private final Map<Integer, AtomicInteger> uses;
    private final long capChars;
    private final Map<Integer, String> cache = new ConcurrentHashMap<>();
    private final AtomicLong cachedChars = new AtomicLong();
    private final AtomicInteger renders = new AtomicInteger();

    /** {@code uses}: how many feeds will ask for each article; read-only from here on. */
    FeedBodies(Archive archive, Bodies bodies, Map<Integer, AtomicInteger> uses, long capChars) {
        this.archive = archive;
        this.bodies = bodies;
        this.uses = uses;
        this.capChars = capChars;
    }

    /** The body of article {@code i}, escaped as Atom content: each feed asks once per entry. */
    String escapedHtml(int i) throws IOException {
        AtomicInteger left = uses.get(i);
        String body = cache.get(i);
        if (body == null) {
            // escaped once here, not once for each feed the article is in
            body = Xml.escape(render(i));
            // a body that no other feed wants, or one past the cap, is not kept
            if (left.get() > 1 && reserve(body.length()) && cache.putIfAbsent(i, body) != null) {
                cachedChars.addAndGet(-body.length()); // another thread rendered it too and kept its copy
            }
        }
        if (left.decrementAndGet() == 0) {
            String gone = cache.remove(i);
            if (gone != null) cachedChars.addAndGet(-gone.length());
        }
        return body;
    }

    private boolean reserve(int chars) {
        if (cachedChars.addAndGet(chars) <= capChars) return true;
        cachedChars.addAndGet(-chars);
        return false;
    }

    private String render(int i) throws IOException {
        renders.incrementAndGet();
        return bodies.html(archive.article(i));
    }

    int renders() {
        return renders.get();
    }

    int cached() {
        return cache.size();
    }
}
