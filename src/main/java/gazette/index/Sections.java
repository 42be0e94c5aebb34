package gazette.index;

import gazette.read.Article;
import gazette.read.NewsFields;
import gazette.read.Slugs;
import gazette.site.SectionSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which section each article belongs to: the one its front matter names ({@code section:}), else
 * its top-level folder when folders are sections, else none.
 */
public final class Sections {
    /** {@code 2024}, {@code 2024-03}, {@code 2024-03-07}: a date layout, never a section. */
    private static final Pattern DATE = Pattern.compile("[0-9]{4}(-[0-9]{1,2}(-[0-9]{1,2})?)?|[0-9]+");

    private Sections() {
    }

    /** Each article's section name, or null: by the setting, which for {@code auto} looks at where the articles are. */
    public static Function<Article, String> of(SectionSource source, Collection<Article> articles) {
        boolean folders = source == SectionSource.FOLDERS || source == SectionSource.AUTO && allInSectionFolders(articles);
        return a -> {
            String own = NewsFields.section(a);
            if (own != null) return own;
            return folders ? folderSection(a.file()) : null;
        };
    }

    /** True when every article sits under a top-level folder whose name is not a date: the folders are then the paper's sections. */
    static boolean allInSectionFolders(Collection<Article> articles) {
        if (articles.isEmpty()) return false;
        for (Article a : articles) if (folderSection(a.file()) == null) return false;
        return true;
    }

    /** The section a top-level folder stands for ({@code world-news/…} is "World news"), or null for a file at the top or in a date folder. */
    static String folderSection(String file) {
        int slash = file.indexOf('/');
        if (slash <= 0) return null;
        String top = file.substring(0, slash);
        if (DATE.matcher(top).matches()) return null;
        String words = top.replace('-', ' ').replace('_', ' ').strip();
        if (words.isEmpty()) return null;
        return words.substring(0, words.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT) + words.substring(words.offsetByCodePoints(0, 1));
    }

    /**
     * Groups the sorted articles by section: spellings that share a slug are one section, named
     * as most of its articles spell it. Largest first, then by name. {@code sectionOf[i]} gets
     * article i's position in the list, or -1.
     */
    static List<Section> group(Article[] sorted, Function<Article, String> nameOf, int[] sectionOf) {
        Map<String, Archive.IntList> members = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        String[] slugs = new String[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            String name = nameOf.apply(sorted[i]);
            if (name == null) continue;
            String slug = Slugs.slugify(name, null);
            if (slug == null) slug = "section-" + Integer.toHexString(name.hashCode());
            slugs[i] = slug;
            members.computeIfAbsent(slug, s -> new Archive.IntList()).add(i);
            spellings.computeIfAbsent(slug, s -> new HashMap<>(2)).merge(name, 1, Integer::sum);
        }
        List<Section> sections = new ArrayList<>(members.size());
        members.forEach((slug, list) -> {
            sections.add(new Section(Archive.mostUsed(spellings.get(slug)), slug, list.toArray()));
        });
        sections.sort(Comparator.comparingInt(Section::count).reversed().thenComparing(s -> s.name().toLowerCase(Locale.ROOT)).thenComparing(Section::slug));
        Map<String, Integer> position = new HashMap<>();
        for (int s = 0; s < sections.size(); s++) position.put(sections.get(s).slug(), s);
        for (int i = 0; i < sorted.length; i++) sectionOf[i] = slugs[i] == null ? -1 : position.get(slugs[i]);
        return List.copyOf(sections);
    }
}
