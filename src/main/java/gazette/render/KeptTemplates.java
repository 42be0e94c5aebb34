package gazette.render;

import gazette.fingerprint.Hasher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The parsed templates a long-running process keeps from one build to the next ({@code serve}
 * rebuilds on every save): they stand while every file of the theme, the words, the Gazette build
 * and the page time limit are what they were, and are parsed again when any of them changes.
 */
public final class KeptTemplates {
    private long key;
    private Templates templates;
    private int reused;

    /**
     * The last build's templates when they were made from the same theme, words and limit; else
     * those {@code make} gives, kept for the next.
     *
     * @param theme the fingerprint of the theme's files, the words and the code ({@link PagePrints#all})
     */
    public synchronized Templates get(Path dir, Duration timeLimit, Messages messages, long theme, Supplier<Templates> make) {
        long k = new Hasher().add(dir == null ? "" : dir.toAbsolutePath().normalize().toString()).add(timeLimit.toMillis())
                .add(messages.fingerprint()).add(messages.locale().toLanguageTag()).add(theme).get();
        if (templates != null && k == key) {
            reused++;
            return templates;
        }
        templates = make.get();
        key = k;
        return templates;
    }

    /** How many builds used the templates a build before them parsed. */
    public synchronized int reused() {
        return reused;
    }
}
