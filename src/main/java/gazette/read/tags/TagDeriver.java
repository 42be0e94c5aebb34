package gazette.read.tags;

import static gazette.read.tags.Words.isSpaceless;
import static gazette.read.tags.Words.lower;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Derives tags for an article that came with none: its source, the tags of the site's rules
 * whose words it contains, and the people, places and organisations it names.
 *
 * <p>A name is a run of one to three capitalised words (lower-case particles such as
 * {@code bin} or {@code von der} may join them) that stands in the title or recurs in the body.
 * Precision matters more than recall, because every tag becomes a page: function words, sentence
 * starters, honorifics, weekdays and months never start a name, and a single word counts only if
 * it is capitalised somewhere other than at the start of a sentence and never appears in lower
 * case in the article. Immutable, so one instance serves every thread.
 */
public final class TagDeriver {

    public static final int MAX_TAGS = 8;
    private static final Pattern SOURCE_SPLIT = Pattern.compile("\\s*[/,;、|｜]\\s*");

    private record Rule(Pattern pattern, String tag) {
    }

    private final List<Rule> rules;
    private final Set<String> stopList;

    /**
     * @param rules    extra rules from the settings: a word or name found in the title or body
     *                 (whole word, any case) gives the tag it maps to
     * @param stopList tags never to derive, compared without regard to case
     */
    public TagDeriver(Map<String, String> rules, Set<String> stopList) {
        List<Rule> compiled = new ArrayList<>();
        for (Map.Entry<String, String> rule : rules.entrySet()) {
            String word = rule.getKey().strip();
            String tag = rule.getValue().strip();
            if (!word.isEmpty() && !tag.isEmpty()) {
                compiled.add(new Rule(wordPattern(word), tag));
            }
        }
        this.rules = List.copyOf(compiled);
        Set<String> stop = new HashSet<>();
        for (String s : stopList) {
            stop.add(lower(s.strip()));
        }
        this.stopList = Set.copyOf(stop);
    }

    /** A deriver with no rules and no stop list. */
    public static TagDeriver plain() {
        return new TagDeriver(Map.of(), Set.of());
    }

    /**
     * @param title      the article's title
     * @param paragraphs its body text (paragraphs, captions), in order
     * @param source     its source, or null
     * @return at most {@link #MAX_TAGS} tags: the source first, then rule tags, then names ranked
     *         by (stands in the title, mentions)
     */
    public List<String> derive(String title, List<String> paragraphs, String source) {
        TagList tags = new TagList();
        if (source != null) {
            for (String part : SOURCE_SPLIT.split(source.strip())) {
                tags.add(part);
            }
        }
        if (!rules.isEmpty()) {
            String all = title + "\n" + String.join("\n", paragraphs);
            for (Rule rule : rules) {
                if (rule.pattern().matcher(all).find()) {
                    tags.add(rule.tag());
                }
            }
        }
        List<String> names = JapaneseNames.isJapanese(title, paragraphs) ? JapaneseNames.names(title, paragraphs) : Names.names(title, paragraphs);
        for (String name : names) {
            tags.add(name);
        }
        return tags.list;
    }

    /** Accumulates tags: no duplicates (any case), none from the stop list, at most MAX_TAGS. */
    private final class TagList {
        final List<String> list = new ArrayList<>();
        final Set<String> seen = new HashSet<>();

        void add(String tag) {
            String key = lower(tag);
            if (!tag.isEmpty() && list.size() < MAX_TAGS && !stopList.contains(key) && seen.add(key)) {
                list.add(tag);
            }
        }
    }

    /** A case-insensitive whole-word pattern, without word boundaries for CJK ends. */
    private static Pattern wordPattern(String word) {
        String start = isSpaceless(word.codePointAt(0)) ? "" : "(?<![\\p{L}\\p{N}])";
        String end = isSpaceless(word.codePointBefore(word.length())) ? "" : "(?![\\p{L}\\p{N}])";
        return Pattern.compile(start + Pattern.quote(word) + end,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
