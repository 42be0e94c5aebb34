package gazette.index;

import java.util.List;

/** A year and its months that have articles, newest first. */
public record YearPage(int year, List<MonthPage> months) {
    public int count() {
        int n = 0;
        for (MonthPage m : months) n += m.count();
        return n;
    }

    public String path() {
        return Paths.year(year);
    }
}
