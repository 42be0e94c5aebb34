package gazette.index;

import java.time.YearMonth;
import java.util.List;

/** A month and its days that have articles, newest first. */
public record MonthPage(YearMonth month, List<DayPage> days) {
    public int count() {
        int n = 0;
        for (DayPage d : days) n += d.count();
        return n;
    }

    public String path() {
        return Paths.month(month);
    }
}
