package gazette.pages.model;

/**
 * A day with articles: its date (ISO), the date for people, its link and how many (missing on a
 * listing's older pages, which then never change as the day or month grows).
 */
public record DayCount(String date, String text, String url, Integer count) {}
