package gazette.pages;

import gazette.pages.model.TagCount;
import gazette.pages.model.TagsModel;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The tags page's two orders: the most used first, and A to Z under each letter, so neither thousands of names nor a long scroll hide a tag. */
public final class TagIndex {
    public static final int LARGEST = 40;

    private TagIndex() {
    }

    static List<TagCount> largest(List<TagCount> tags) {
        List<TagCount> sorted = new ArrayList<>(tags);
        sorted.sort(Comparator.comparingInt(TagCount::count).reversed().thenComparing(t -> t.name().toLowerCase(Locale.ROOT)));
        return List.copyOf(sorted.subList(0, Math.min(LARGEST, sorted.size())));
    }

    /** {@code tags} sorted by name, under their first letter (accents aside: É is E); names starting otherwise go under "#", last. */
    static List<TagsModel.Letter> letters(List<TagCount> tags) {
        Map<String, List<TagCount>> by = new TreeMap<>(Comparator.comparing((String k) -> k.equals("#")).thenComparing(k -> k));
        for (TagCount t : tags) by.computeIfAbsent(letter(t.name()), k -> new ArrayList<>()).add(t);
        // within a letter by the name as read, accents aside: Eagle, Émile, Eve
        by.values().forEach(v -> v.sort(Comparator.comparing((TagCount t) -> fold(t.name())).thenComparing(TagCount::name)));
        List<TagsModel.Letter> out = new ArrayList<>(by.size());
        by.forEach((k, v) -> out.add(new TagsModel.Letter(k, k.equals("#") ? "other" : k.toLowerCase(Locale.ROOT), List.copyOf(v))));
        return List.copyOf(out);
    }

    private static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    static String letter(String name) {
        String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD);
        if (folded.isEmpty()) return "#";
        char c = Character.toUpperCase(folded.charAt(0));
        return c >= 'A' && c <= 'Z' ? String.valueOf(c) : "#";
    }
}
