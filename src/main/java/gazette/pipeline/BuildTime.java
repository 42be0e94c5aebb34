package gazette.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * "Now" for the whole build, decided once: the embargo, the news sitemap's window and anything
 * else that depends on the time all use it. {@code SOURCE_DATE_EPOCH} (reproducible-builds.org)
 * fixes it, so two builds of the same content give the same bytes.
 */
public final class BuildTime {
    public static final String VARIABLE = "SOURCE_DATE_EPOCH";

    private BuildTime() {}

    /** From the environment, else the clock (to the second: no format Gazette writes shows less). */
    public static Instant now() throws BuildFailure {
        return resolve(System.getenv(VARIABLE), Clock.systemUTC());
    }

    static Instant resolve(String epoch, Clock clock) throws BuildFailure {
        if (epoch == null || epoch.isBlank()) return clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String s = epoch.strip();
        try {
            if (!s.chars().allMatch(Character::isDigit)) throw new NumberFormatException();
            return Instant.ofEpochSecond(Long.parseLong(s));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new BuildFailure(List.of(VARIABLE + ": '" + epoch + "' is not a whole number of seconds since 1970-01-01T00:00:00Z"));
        }
    }
}
