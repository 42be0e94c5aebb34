package gazette.index;

import java.time.LocalDate;

/** Where an article lives: {@code YYYY/MM/DD/slug/}, relative to the site root. */
public record Permalink(LocalDate day, String slug) {
    public String path() {
        return Paths.day(day) + slug + "/";
    }
}
