package gazette.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

    /** Most capitalised words in one name; longer runs are headlines or slogans, not names. */
    private static final int MAX_NAME_WORDS = 3;

    /** Most particles or initials in a row inside a name ("J. R. R. Tolkien", "von der"). */
    private static final int MAX_JOINERS = 3;

    /** Longest word sequence of a title compared with the names found in the body. */
    private static final int MAX_GRAM = 12;

    /** Function words and common sentence starters: they end a name and never start one. */
    private static final Set<String> STOP = words("""
            a an the and or but nor so yet if then than that this these those there here
            i you he she it we they me him her us them my your his its our their mine yours
            is are was were be been being am do does did done has have had having will would
            shall should can could may might must let lets
            in on at to for of by with from as into onto upon about above below over under
            after before during since until till while when where who whom whose why how what
            which whether although though because however meanwhile also according not no yes
            all any some many most more much other others such each every both several few
            one two three four five six seven eight nine ten first second third last next
            new old today yesterday tomorrow tonight now still even just only already again
            between among against through despite without within beyond towards toward via
            like unlike further furthermore moreover instead thus therefore hence earlier later
            recently currently previously finally overall asked speaking photo source editor
            image video watch read click please thanks thank mr mrs ms dr
            year years week weeks day days month months
            said says say told added
            в во на по с со к ко о об у и а но не он она они мы вы я это этот эта эти как что
            когда где после перед для из от до за при также однако кроме ещё еще уже так тогда
            вчера сегодня завтра позже ранее теперь сейчас по-прежнему между
            """);

    /** Titles and offices: they separate a name from what precedes it ("Chinese President Xi"). */
    private static final Set<String> HONORIFICS = words("""
            mr mrs ms miss mx dr sir dame lord lady president vice premier minister ministers
            chancellor secretary secretary-general chairman chairwoman chairperson chair governor
            senator sen rep representative congressman congresswoman ambassador mayor king queen
            prince princess emperor empress pope cardinal bishop archbishop rev reverend
            professor prof director deputy spokesman spokeswoman spokesperson commissioner chief
            executive ceo gen lieutenant colonel col captain capt admiral sergeant sgt judge
            justice officer leader commander envoy general-secretary
            """);

    /** Capitalised words that name no one by themselves, though they may sit inside a name. */
    private static final Set<String> GENERIC = words("""
            government ministry commission council committee department court police army navy
            party state states city town county province district region republic kingdom union
            university college school hospital bank company group agency office bureau center
            centre institute association authority authorities administration parliament congress
            senate assembly cabinet embassy consulate north south east west central national
            international federal northern southern eastern western
            chinese american russian british japanese korean french german european african asian
            indian soviet ukrainian israeli palestinian iranian arab muslim christian islamic
            english spanish italian canadian australian mexican brazilian turkish syrian iraqi
            afghan pakistani taiwanese vietnamese thai indonesian filipino egyptian
            internet web online news daily times post herald tribune
            """);

    /** Weekdays and months: never a tag alone and never the start of a name ("May" continues one). */
    private static final Set<String> CALENDAR = words("""
            monday tuesday wednesday thursday friday saturday sunday
            mon tue tues wed thu thur thurs fri sat sun
            january february march april may june july august september october november december
            jan feb mar apr jun jul aug sep sept oct nov dec
            """);

    /** Lower-case words allowed inside a name (never at its ends). */
    private static final Set<String> PARTICLES = words("""
            bin bint ibn al el von van der den de del della di da du la le dos das do ter ten zu y
            """);

    /** Abbreviations whose full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = words("""
            mr mrs ms dr st prof gen sen rep gov lt col capt sgt jr sr mt ft no inc ltd corp co
            vs etc approx jan feb mar apr jun jul aug sep sept oct nov dec
            """);

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
        for (String name : names(title, paragraphs)) {
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

    // ---- names -------------------------------------------------------------------------------

    /** A capitalised run: its words (particles and initials included) and where it stood. */
    private record Run(List<String> words, int capitalised, boolean sentenceInitial) {
        String key() {
            return String.join(" ", words);
        }
    }

    private static final class Candidate {
        final Run run;
        int ownCount;
        int count;
        boolean inTitle;
        boolean titleMidSentence;
        boolean midSentence;
        boolean absorbed;

        Candidate(Run run) {
            this.run = run;
        }
    }

    private List<String> names(String title, List<String> paragraphs) {
        Set<String> lowerWords = new HashSet<>();
        collectLowerCaseWords(title, lowerWords);
        for (String p : paragraphs) {
            collectLowerCaseWords(p, lowerWords);
        }
        // Insertion order is first mention, the last tie-breaker of the ranking.
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (String p : paragraphs) {
            for (Run run : runs(p, lowerWords)) {
                Candidate c = candidates.computeIfAbsent(run.key(), k -> new Candidate(run));
                c.ownCount++;
                c.midSentence |= !run.sentenceInitial();
            }
        }
        if (looksTitleCased(title)) {
            // "Putin Meets Kim In Moscow": capitals say nothing; trust only names the body confirms.
            Map<String, Boolean> grams = titleGrams(title);
            for (Candidate c : candidates.values()) {
                Boolean midSentence = grams.get(c.run.key());
                if (midSentence != null) {
                    c.inTitle = true;
                    c.titleMidSentence = midSentence;
                }
            }
        } else {
            for (Run run : runs(title, lowerWords)) {
                Candidate c = candidates.computeIfAbsent(run.key(), k -> new Candidate(run));
                c.inTitle = true;
                c.titleMidSentence |= !run.sentenceInitial();
            }
        }
        List<Candidate> all = new ArrayList<>(candidates.values());
        for (Candidate c : all) {
            c.count = c.ownCount;
        }
        // "Kim" after "Kim Jong Un" is the same person: count it there, not as a tag of its own.
        all.sort(Comparator.comparingInt((Candidate c) -> -c.run.words().size()));
        for (Candidate longer : all) {
            if (longer.absorbed || longer.run.capitalised() < 2) {
                continue;
            }
            List<String> w = longer.run.words();
            for (int from = 0; from < w.size(); from++) {
                for (int to = from + 1; to <= w.size(); to++) {
                    if (to - from == w.size()) {
                        continue;
                    }
                    Candidate part = candidates.get(String.join(" ", w.subList(from, to)));
                    if (part != null && part != longer && mayBeName(part, lowerWords)) {
                        part.absorbed = true;
                        longer.count += part.ownCount;
                        // A title's capitalised first word says little ("Harbour ferry ...").
                        longer.inTitle |= part.inTitle && (part.titleMidSentence || part.run.capitalised() > 1);
                        longer.midSentence |= part.midSentence;
                    }
                }
            }
        }
        List<Candidate> chosen = new ArrayList<>();
        int index = 0;
        Map<Candidate, Integer> position = new HashMap<>();
        for (Candidate c : candidates.values()) {
            position.put(c, index++);
            if (!c.absorbed && qualifies(c, lowerWords)) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparing((Candidate c) -> !c.inTitle)
                .thenComparing(c -> -c.count)
                .thenComparing(position::get));
        List<String> result = new ArrayList<>();
        for (Candidate c : chosen) {
            result.add(c.run.key());
        }
        return result;
    }

    private static boolean qualifies(Candidate c, Set<String> lowerWords) {
        if (!c.inTitle && c.count < 2) {
            return false;
        }
        if (c.run.capitalised() > 1) {
            return true;
        }
        // A lone capitalised word proves itself a name only away from a sentence's start.
        return mayBeName(c, lowerWords) && (c.midSentence || c.titleMidSentence);
    }

    /** False for a lone word that is generic, a date word, or also written in lower case. */
    private static boolean mayBeName(Candidate c, Set<String> lowerWords) {
        if (c.run.words().size() != 1) {
            return true;
        }
        String lower = lower(c.run.words().get(0));
        return !GENERIC.contains(lower) && !CALENDAR.contains(lower) && !lowerWords.contains(lower);
    }

    /** A title whose every cased word (function words aside) is capitalised. */
    private static boolean looksTitleCased(String title) {
        int capitalised = 0;
        int i = 0;
        int n = title.length();
        while (i < n) {
            int cp = title.codePointAt(i);
            if (!isWordStart(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int end = wordEnd(title, i);
            String word = title.substring(i, end);
            i = end;
            int first = word.codePointAt(0);
            if (isCapital(first)) {
                capitalised++;
            } else if (Character.isLowerCase(first)) {
                String lower = lower(word);
                if (!STOP.contains(lower) && !PARTICLES.contains(lower)) {
                    return false;
                }
            }
        }
        return capitalised >= 3;
    }

    private static void collectLowerCaseWords(String text, Set<String> into) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordStart(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int end = wordEnd(text, i);
            if (Character.isLowerCase(cp)) {
                into.add(lower(stripPossessive(text.substring(i, end))));
            }
            i = end;
        }
    }

    /**
     * The capitalised runs of one paragraph, in a single pass: words, sentence boundaries,
     * abbreviations and initials are told apart as they come.
     */
    private static List<Run> runs(String text, Set<String> lowerWords) {
        List<Run> runs = new ArrayList<>();
        RunBuilder run = new RunBuilder(runs);
        boolean sentenceStart = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isWordStart(cp)) {
                int end = wordEnd(text, i);
                String word = text.substring(i, end);
                i = end;
                boolean dotted = i < n && text.charAt(i) == '.';
                // Initials and dotted acronyms: "John F. Kennedy", "U.S."
                if (dotted && word.length() == 1 && isCapital(cp)) {
                    StringBuilder acronym = new StringBuilder(word).append('.');
                    i++;
                    while (i + 1 < n && isCapital(text.charAt(i)) && text.charAt(i + 1) == '.'
                            && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2)))) {
                        acronym.append(text.charAt(i)).append('.');
                        i += 2;
                    }
                    if (acronym.length() > 2) {
                        run.addCapitalised(acronym.toString(), sentenceStart);
                    } else {
                        run.addInitial(acronym.toString(), sentenceStart);
                    }
                    sentenceStart = false;
                    continue;
                }
                String lower = lower(word);
                if (dotted && ABBREVIATIONS.contains(lower)) {
                    i++; // "Mr. Kim": this full stop ends no sentence
                }
                boolean possessive = false;
                String bare = stripPossessive(word);
                if (bare.length() != word.length()) {
                    possessive = true;
                    word = bare;
                    lower = lower(word);
                }
                if (isCapital(cp)) {
                    boolean allCaps = isAllCaps(word);
                    if (word.length() == 1) {
                        run.end(); // "A", "I", Russian "В": words, not names
                    } else if (HONORIFICS.contains(lower)) {
                        run.discard(); // "Chinese President Xi": drop the title and what qualifies it
                    } else if (!allCaps && STOP.contains(lower)) {
                        run.end();
                    } else if (run.isEmpty() && (CALENDAR.contains(lower)
                            || (sentenceStart && lowerWords.contains(lower)))) {
                        run.end(); // "March", or a common word capitalised only by its position
                    } else {
                        run.addCapitalised(word, sentenceStart);
                    }
                } else if (PARTICLES.contains(lower) && !run.isEmpty()) {
                    run.addParticle(word);
                } else {
                    run.end();
                }
                if (possessive) {
                    run.end();
                }
                sentenceStart = false;
                continue;
            }
            i += Character.charCount(cp);
            if (cp == ' ') {
                continue;
            }
            run.end();
            if (cp == '.' || cp == '!' || cp == '?' || cp == '…') {
                // "4.2" and "example.com" end nothing; a full stop before a space or the end does.
                if (cp != '.' || i >= n || !Character.isLetterOrDigit(text.codePointAt(i))) {
                    sentenceStart = true;
                }
            } else if (cp == '。' || cp == '！' || cp == '？' || cp == ':' || cp == ';'
                    || cp == '：' || cp == '；') {
                sentenceStart = true;
            } else if (!isQuoteOrBracket(cp)) {
                sentenceStart = false; // a quote or bracket before a sentence's first word keeps it first
            }
        }
        run.end();
        return runs;
    }

    /** Collects the words of the current run and hands finished runs over. */
    private static final class RunBuilder {
        private final List<Run> out;
        private final List<String> words = new ArrayList<>();
        private final List<Boolean> capital = new ArrayList<>();
        private boolean sentenceInitial;

        RunBuilder(List<Run> out) {
            this.out = out;
        }

        boolean isEmpty() {
            return words.isEmpty();
        }

        void addCapitalised(String word, boolean sentenceStart) {
            start(sentenceStart);
            words.add(word);
            capital.add(true);
        }

        void addInitial(String initial, boolean sentenceStart) {
            start(sentenceStart);
            addJoiner(initial);
        }

        void addParticle(String word) {
            addJoiner(word);
        }

        private void addJoiner(String word) {
            int joiners = 0;
            for (int k = capital.size() - 1; k >= 0 && !capital.get(k); k--) {
                joiners++;
            }
            if (joiners >= MAX_JOINERS) {
                end(); // bounds a run's length, and so the work spent on it
                return;
            }
            words.add(word);
            capital.add(false);
        }

        private void start(boolean sentenceStart) {
            if (words.isEmpty()) {
                sentenceInitial = sentenceStart;
            }
        }

        void discard() {
            words.clear();
            capital.clear();
        }

        void end() {
            // Particles and initials never end a name ("Kim of", "Plan B.").
            while (!capital.isEmpty() && !capital.get(capital.size() - 1)) {
                words.remove(words.size() - 1);
                capital.remove(capital.size() - 1);
            }
            int count = 0;
            for (boolean c : capital) {
                if (c) {
                    count++;
                }
            }
            // Leading particles cannot occur (a run opens only on a capital or an initial).
            if (count > 0 && count <= MAX_NAME_WORDS) {
                out.add(new Run(List.copyOf(words), count, sentenceInitial));
            }
            words.clear();
            capital.clear();
        }
    }

    // ---- characters --------------------------------------------------------------------------

    private static boolean isWordStart(int cp) {
        return Character.isLetter(cp);
    }

    /** End of the word starting at {@code i}: letters, digits and marks, with inner ' and -. */
    private static int wordEnd(String text, int i) {
        int n = text.length();
        boolean spaceless = isSpaceless(text.codePointAt(i));
        int j = i;
        while (j < n) {
            int c = text.codePointAt(j);
            if (Character.isLetterOrDigit(c) || isMark(c)) {
                if (Character.isLetter(c) && isSpaceless(c) != spaceless) {
                    break; // "Putin访问": a cased word stops where CJK text starts
                }
                j += Character.charCount(c);
            } else if ((c == '\'' || c == '\u2019' || c == '-' || c == '\u2010')
                    && j + 1 < n && Character.isLetter(text.charAt(j + 1))
                    && isSpaceless(text.charAt(j + 1)) == spaceless) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static String stripPossessive(String word) {
        int n = word.length();
        if (n > 2 && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S')
                && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '\u2019')) {
            return word.substring(0, n - 2);
        }
        return word;
    }

    /** "NATO", "US": never a function word, whatever its letters spell in lower case. */
    private static boolean isAllCaps(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (Character.isLowerCase(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCapital(int cp) {
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isQuoteOrBracket(int cp) {
        return switch (cp) {
            case '"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '\u00AB', '\u00BB', '\u201E',
                    '(', '[', '{', ')', ']', '}', '\u300C', '\u300D', '\u300E', '\u300F' -> true;
            default -> false;
        };
    }

    /** Scripts written without spaces between words, where word boundaries mean nothing. */
    private static boolean isSpaceless(int cp) {
        if (cp < 0x0E00) {
            return false; // fast path: Latin, Greek, Cyrillic, Arabic, Indic...
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                || script == Character.UnicodeScript.MYANMAR || script == Character.UnicodeScript.TIBETAN;
    }

    /**
     * Every sequence of up to {@link #MAX_GRAM} words of the title that no punctuation
     * interrupts, mapped to whether it starts after the title's first word.
     */
    private static Map<String, Boolean> titleGrams(String title) {
        Map<String, Boolean> grams = new HashMap<>();
        List<String> segment = new ArrayList<>();
        int wordIndex = 0;
        int segmentStart = 0;
        int i = 0;
        int n = title.length();
        while (i <= n) {
            int cp = i < n ? title.codePointAt(i) : '.';
            if (isWordStart(cp)) {
                int end = wordEnd(title, i);
                segment.add(stripPossessive(title.substring(i, end)));
                i = end;
                wordIndex++;
                continue;
            }
            i += Character.charCount(cp);
            if (cp != ' ') {
                for (int from = 0; from < segment.size(); from++) {
                    StringBuilder gram = new StringBuilder();
                    for (int to = from; to < segment.size() && to - from < MAX_GRAM; to++) {
                        if (to > from) {
                            gram.append(' ');
                        }
                        gram.append(segment.get(to));
                        grams.merge(gram.toString(), segmentStart + from > 0, Boolean::logicalOr);
                    }
                }
                segment.clear();
                segmentStart = wordIndex;
            }
        }
        return grams;
    }

    /** A case-insensitive whole-word pattern, without word boundaries for CJK ends. */
    private static Pattern wordPattern(String word) {
        String start = isSpaceless(word.codePointAt(0)) ? "" : "(?<![\\p{L}\\p{N}])";
        String end = isSpaceless(word.codePointBefore(word.length())) ? "" : "(?![\\p{L}\\p{N}])";
        return Pattern.compile(start + Pattern.quote(word) + end,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static Set<String> words(String list) {
        return Arrays.stream(list.strip().split("\\s+")).collect(Collectors.toUnmodifiableSet());
    }
}
