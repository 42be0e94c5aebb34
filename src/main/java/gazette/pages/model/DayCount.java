package gazette.pages.model;

/** A day with articles: its date (ISO), the date for people, its link and how many. */
public record DayCount(String date, String text, String url, int count) {}
