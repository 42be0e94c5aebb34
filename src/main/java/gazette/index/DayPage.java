package gazette.index;

import java.time.LocalDate;

/**
 * One day of the archive: the articles {@code from} (inclusive) to {@code to} (exclusive) of the
 * archive's newest-first order. A range, not a copy, so days cost nothing per article.
 */
public record DayPage(LocalDate date, int from, int to) {
    public int count() {
        return to - from;
    }

    public String path() {
        return Paths.day(date);
    }
}
