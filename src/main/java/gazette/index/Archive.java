package gazette.index;

import gazette.read.Article;
import gazette.read.Slugs;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The index stage: the archive by date and by tag. Articles are sorted once, newest first;
 * every other structure refers to positions in that order, so the whole index is built in
 * time and memory linear in the archive (plus that one sort).
 */
public final class Archive {
    /** Newest first; ties (same instant) in source-file order, so every build agrees. Within a day, the archive's order. */
    public static final Comparator<Article> NEWEST_FIRST =
            Comparator.comparing(Article::published).reversed().thenComparing(Article::file);

    private final List<Article> articles;
    private final Permalink[] permalinks;
    /** Each permalink's path, made once: every stage asks for it, most more than once an article. */
    private final String[] paths;
    private final List<DayPage> days;
    private final List<MonthPage> months;
    private final List<YearPage> years;
    private final List<TagPage> tags;
    private final int[][] articleTags;
    private final List<Section> sections;
    private final int[] articleSection;
    /** Each article's original when it repeats an earlier one's body, else -1 ({@link SameBodies}). */
    private final int[] originals;
    private final TagReport tagReport;

    /**
     * What tag curation did: {@code merged}, names that became another tag's (an alias, another
     * spelling, a plural); {@code belowMinimum}, tags left without a page for having too few articles.
     */
    public record TagReport(int merged, int belowMinimum) {
        public static final TagReport NONE = new TagReport(0, 0);
    }

    private Archive(List<Article> articles, Permalink[] permalinks, List<DayPage> days, List<MonthPage> months,
                    List<YearPage> years, List<TagPage> tags, int[][] articleTags, List<Section> sections, int[] articleSection, TagReport tagReport,
                    String[] paths) {
        this.articles = articles;
        this.originals = SameBodies.originals(articles);
        this.permalinks = permalinks;
        if (paths == null) {
            paths = new String[permalinks.length];
            for (int i = 0; i < paths.length; i++) paths[i] = permalinks[i].path();
        }
        this.paths = paths;
        this.days = days;
        this.months = months;
        this.years = years;
        this.tags = tags;
        this.articleTags = articleTags;
        this.sections = sections;
        this.articleSection = articleSection;
        this.tagReport = tagReport;
    }

    /**
     * This archive with some articles replaced by others the same but for their body fingerprint
     * ({@link Article#withBody}), each in the same place: {@code newer} gives each article's
     * replacement (or the article itself). Nothing the archive is made of depends on a body but
     * which article repeats which ({@link SameBodies}), which is found again.
     */
    public Archive withBodies(java.util.function.UnaryOperator<Article> newer) {
        Article[] replaced = new Article[articles.size()];
        for (int i = 0; i < replaced.length; i++) {
            Article was = articles.get(i);
            Article now = newer.apply(was);
            if (now != was && !now.withBody(was.body()).equals(was)) throw new IllegalArgumentException(now.file() + " is another article, not another body");
            replaced[i] = now;
        }
        return new Archive(List.of(replaced), permalinks, days, months, years, tags, articleTags, sections, articleSection, tagReport, paths);
    }

    /** Every article's day told in {@code zone}. */
    public static Archive of(List<Article> published, ZoneId zone) {
        return of(published, a -> zone);
    }

    /**
     * Each article's day told in its own zone ({@link gazette.site.Settings#zoneOf}). Articles are
     * sorted by that day, newest first, then by time: an article filed on July 2 in Tokyo comes
     * before one filed on July 1 in London, though they were published minutes apart.
     */
    public static Archive of(List<Article> published, java.util.function.Function<Article, ZoneId> zoneOf) {
        return of(published, zoneOf, a -> null);
    }

    /** As {@link #of(List, java.util.function.Function)}, with each article's section name ({@link Sections#of}), or null. */
    public static Archive of(List<Article> published, java.util.function.Function<Article, ZoneId> zoneOf,
                             java.util.function.Function<Article, String> sectionOf) {
        return of(published, zoneOf, sectionOf, gazette.site.TagCuration.DEFAULT);
    }

    /** As {@link #of(List, java.util.function.Function, java.util.function.Function)}, the tags curated as the settings say. */
    public static Archive of(List<Article> published, java.util.function.Function<Article, ZoneId> zoneOf,
                             java.util.function.Function<Article, String> sectionOf, gazette.site.TagCuration curation) {
        Dated[] dated = new Dated[published.size()];
        for (int i = 0; i < dated.length; i++) {
            Article a = published.get(i);
            dated[i] = new Dated(LocalDate.ofInstant(a.published(), zoneOf.apply(a)).toEpochDay(), a);
        }
        Arrays.sort(dated, Comparator.comparingLong(Dated::day).reversed().thenComparing(Dated::article, NEWEST_FIRST));
        Article[] sorted = new Article[dated.length];
        long[] day = new long[dated.length];
        for (int i = 0; i < dated.length; i++) {
            sorted[i] = dated[i].article();
            day[i] = dated[i].day();
        }
        List<Article> articles = List.of(sorted);

        List<DayPage> days = groupDays(day);
        Permalink[] permalinks = assignPermalinks(sorted, days);
        List<MonthPage> months = new ArrayList<>();
        List<YearPage> years = new ArrayList<>();
        groupMonthsAndYears(days, months, years);
        int[][] articleTags = new int[sorted.length][];
        TagReport[] report = new TagReport[1];
        List<TagPage> tags = groupTags(sorted, articleTags, curation, report);
        int[] articleSection = new int[sorted.length];
        List<Section> sections = Sections.group(sorted, sectionOf, articleSection);
        return new Archive(articles, permalinks, List.copyOf(days), List.copyOf(months), List.copyOf(years), tags, articleTags, sections, articleSection,
                report[0], null);
    }

    /** An article and its day (as an epoch day), while sorting. */
    private record Dated(long day, Article article) {}

    /** Sorted by day, so each day is one contiguous run. */
    private static List<DayPage> groupDays(long[] day) {
        List<DayPage> days = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= day.length; i++) {
            if (i == day.length || day[i] != day[start]) {
                days.add(new DayPage(LocalDate.ofEpochDay(day[start]), start, i));
                start = i;
            }
        }
        return days;
    }

    /**
     * Same slug on the same day: the earliest article keeps it, later ones get -2, -3, ...
     * so adding a later article never moves an earlier one's address.
     */
    private static Permalink[] assignPermalinks(Article[] sorted, List<DayPage> days) {
        Permalink[] out = new Permalink[sorted.length];
        Set<String> taken = new HashSet<>();
        for (DayPage day : days) {
            taken.clear();
            for (int i = day.to() - 1; i >= day.from(); i--) {
                String base = sorted[i].slug();
                String slug = base;
                for (int n = 2; !taken.add(slug); n++) slug = base + "-" + n;
                out[i] = new Permalink(day.date(), slug);
            }
        }
        return out;
    }

    private static void groupMonthsAndYears(List<DayPage> days, List<MonthPage> months, List<YearPage> years) {
        int i = 0;
        while (i < days.size()) {
            YearMonth m = YearMonth.from(days.get(i).date());
            int j = i;
            while (j < days.size() && YearMonth.from(days.get(j).date()).equals(m)) j++;
            months.add(new MonthPage(m, List.copyOf(days.subList(i, j))));
            i = j;
        }
        i = 0;
        while (i < months.size()) {
            int y = months.get(i).month().getYear();
            int j = i;
            while (j < months.size() && months.get(j).month().getYear() == y) j++;
            years.add(new YearPage(y, List.copyOf(months.subList(i, j))));
            i = j;
        }
    }

    /**
     * One pass over the sorted articles appends each to its tags' lists, which are therefore
     * already newest first. Spellings that share a slug ("Economy", "economy"), and a plural with
     * its singular ("Tories", "Tory"), are one tag, shown in the spelling most articles use, at the
     * singular's address.
     */
    private static List<TagPage> groupTags(Article[] sorted, int[][] articleTags, gazette.site.TagCuration curation, TagReport[] report) {
        Map<String, IntList> members = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        Map<String, String> slugOf = new HashMap<>();
        Set<String> written = new HashSet<>(); // slugs an author wrote on some article (the rest were derived from scraped text)
        for (Article a : sorted) for (String name : a.tags()) slugOf.computeIfAbsent(name, Archive::tagSlug);
        // a plural and its singular (Tories, Tory) are one tag, at the singular's address
        Set<String> slugs = new HashSet<>(slugOf.values());
        for (Map.Entry<String, String> e : slugOf.entrySet()) e.setValue(singularIn(e.getValue(), slugs));
        // then an alias is its tag under another name (followed to its end: Tory → Tories → Conservatives), named as the settings name it
        Map<String, String> aliasOf = new HashMap<>();
        Map<String, String> named = new HashMap<>();
        curation.aliases().forEach((from, to) -> {
            aliasOf.put(singularIn(tagSlug(from), slugs), tagSlug(to));
            named.put(tagSlug(to), to);
        });
        if (!aliasOf.isEmpty()) {
            for (Map.Entry<String, String> e : slugOf.entrySet()) {
                String slug = e.getValue();
                for (int hops = 0; hops < 16 && aliasOf.containsKey(slug) && !aliasOf.get(slug).equals(slug); hops++) slug = aliasOf.get(slug);
                e.setValue(slug);
            }
        }
        for (int i = 0; i < sorted.length; i++) {
            List<String> names = sorted[i].tags();
            boolean byAuthor = sorted[i].format() == Article.Format.MARKDOWN;
            for (String name : names) {
                String slug = slugOf.get(name);
                if (byAuthor) written.add(slug);
                IntList list = members.computeIfAbsent(slug, s -> new IntList());
                if (list.size() > 0 && list.last() == i) continue; // two spellings on one article
                list.add(i);
                spellings.computeIfAbsent(slug, s -> new HashMap<>(2)).merge(name, 1, Integer::sum);
            }
        }
        // a tag with too few articles gets no page, and no article links to it
        int below = 0;
        for (java.util.Iterator<Map.Entry<String, IntList>> it = members.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, IntList> e = it.next();
            if (e.getValue().size() < (written.contains(e.getKey()) ? curation.minWritten() : curation.minDerived())) {
                it.remove();
                below++;
            }
        }
        // names merged into a tag that has a page
        int merged = 0;
        for (Map.Entry<String, Map<String, Integer>> e : spellings.entrySet()) if (members.containsKey(e.getKey())) merged += e.getValue().size() - 1;
        report[0] = new TagReport(merged, below);
        List<TagPage> pages = new ArrayList<>(members.size());
        Map<String, Integer> position = new HashMap<>();
        members.forEach((slug, list) -> {
            String name = named.containsKey(slug) ? named.get(slug) : mostUsed(spellings.get(slug));
            pages.add(new TagPage(new Tag(name, slug), list.toArray()));
        });
        pages.sort(Comparator.comparing((TagPage p) -> p.tag().name().toLowerCase(java.util.Locale.ROOT)).thenComparing(p -> p.tag().slug()));
        for (int t = 0; t < pages.size(); t++) position.put(pages.get(t).tag().slug(), t);
        for (int i = 0; i < sorted.length; i++) {
            List<String> names = sorted[i].tags();
            int[] ids = new int[names.size()];
            int n = 0;
            for (String name : names) {
                Integer kept = position.get(slugOf.get(name));
                if (kept == null) continue; // under the minimum
                int t = kept;
                boolean dup = false;
                for (int k = 0; k < n; k++) dup |= ids[k] == t;
                if (!dup) ids[n++] = t;
            }
            articleTags[i] = n == ids.length ? ids : Arrays.copyOf(ids, n);
        }
        return List.copyOf(pages);
    }

    /** The spelling most articles use (of equals, the first in code-point order): a tag's or a section's name. */
    static String mostUsed(Map<String, Integer> spellings) {
        return spellings.entrySet().stream()
                .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
    }

    /** The singular of a plural slug when the archive has it too ("tories" → "tory"), else the slug. */
    static String singularIn(String slug, Set<String> slugs) {
        int n = slug.length();
        if (n > 4 && slug.endsWith("ies")) {
            String one = slug.substring(0, n - 3) + "y";
            if (slugs.contains(one)) return one;
        }
        if (n > 3 && slug.endsWith("s") && !slug.endsWith("ss")) {
            String one = slug.substring(0, n - 1);
            if (slugs.contains(one)) return one;
        }
        return slug;
    }

    /** A tag's slug; a tag with no letters or digits still gets a stable, safe one. */
    static String tagSlug(String name) {
        String slug = Slugs.slugify(name, null);
        return slug != null ? slug : "tag-" + Integer.toHexString(name.hashCode());
    }

    public List<Article> articles() {
        return articles;
    }

    public int size() {
        return articles.size();
    }

    public Article article(int i) {
        return articles.get(i);
    }

    /** The position of the article whose body article {@code i} repeats, or -1 when it repeats none ({@link SameBodies#originals}). */
    public int original(int i) {
        return originals[i];
    }

    public Permalink permalink(int i) {
        return permalinks[i];
    }

    /** The article's address under the site root, {@code YYYY/MM/DD/slug/}: {@code permalink(i).path()}, made once. */
    public String path(int i) {
        return paths[i];
    }

    public List<DayPage> days() {
        return days;
    }

    public List<MonthPage> months() {
        return months;
    }

    public List<YearPage> years() {
        return years;
    }

    public List<TagPage> tags() {
        return tags;
    }

    /** The positions in {@link #tags()} of article i's tags, in its order (do not change the array). */
    public int[] tagIds(int i) {
        return articleTags[i];
    }

    /** The tag pages of article {@code i}, in the order its source lists them. */
    public List<TagPage> tagsOf(int i) {
        int[] ids = articleTags[i];
        List<TagPage> out = new ArrayList<>(ids.length);
        for (int t : ids) out.add(tags.get(t));
        return out;
    }

    /** What tag curation did. */
    public TagReport tagReport() {
        return tagReport;
    }

    /** The sections, largest first; empty when the archive has none. */
    public List<Section> sections() {
        return sections;
    }

    /** Article i's section's position in {@link #sections()}, or -1. */
    public int sectionId(int i) {
        return articleSection[i];
    }

    /** Article i's section, or null. */
    public Section sectionOf(int i) {
        int s = articleSection[i];
        return s < 0 ? null : sections.get(s);
    }

    /** A growable int array: a tag on 100,000 articles costs 400 KB, not 100,000 boxed Integers. */
    static final class IntList {
        private int[] items = new int[4];
        private int size;

        void add(int v) {
            if (size == items.length) items = Arrays.copyOf(items, size * 2);
            items[size++] = v;
        }

        int size() {
            return size;
        }

        int last() {
            return items[size - 1];
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }
}
