package gazette.read.tags;

import static gazette.read.tags.Runs.runs;
import static gazette.read.tags.Words.*;

import gazette.read.tags.Runs.Run;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people, places and organisations an article names: capitalised runs that stand in the title
 * or recur in the body, ranked by (stands in the title, mentions), a shorter run counted with the
 * longer one it is part of ("Kim" in "Kim Jong Un").
 */
final class Names {
    /** Longest word sequence of a title compared with the names found in the body. */
    static final int MAX_GRAM = 12;

    private Names() {
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

    static List<String> names(String title, List<String> paragraphs) {
        Set<String> lowerWords = new HashSet<>();
        collectLowerCaseWords(title, lowerWords);
        for (String p : paragraphs) {
            collectLowerCaseWords(p, lowerWords);
        }
        // Insertion order is first mention, the last tie-breaker of the ranking.
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        boolean titleCased = looksTitleCased(title);
        List<List<Run>> bodyRuns = new ArrayList<>();
        for (String p : paragraphs) bodyRuns.add(runs(p, lowerWords));
        List<Run> titleRuns = titleCased ? List.of() : runs(title, lowerWords);
        Set<String> personLike = personLikeLastWords(bodyRuns, titleRuns);
        for (List<Run> paragraphRuns : bodyRuns) {
            for (Run found : paragraphRuns) {
                Run run = withoutDemonym(found, personLike);
                Candidate c = candidates.computeIfAbsent(run.key(), k -> new Candidate(run));
                c.ownCount++;
                c.midSentence |= !run.sentenceInitial();
            }
        }
        if (titleCased) {
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
            for (Run found : titleRuns) {
                Run run = withoutDemonym(found, personLike);
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

    /**
     * The last words of runs that name someone without a demonym before them ("Crawley",
     * "Sophie Vandamme"), so that "Australian Ben Crawley" is known for Crawley described.
     */
    private static Set<String> personLikeLastWords(List<List<Run>> bodyRuns, List<Run> titleRuns) {
        Set<String> out = new HashSet<>();
        List<Run> all = new ArrayList<>(titleRuns);
        bodyRuns.forEach(all::addAll);
        for (Run r : all) {
            List<String> w = r.words();
            String first = lower(w.get(0));
            if (w.size() == 1 || !isAllCaps(w.get(0)) && !DEMONYMS.contains(first) && !GENERIC.contains(first)) {
                out.add(w.get(w.size() - 1));
            }
        }
        return out;
    }

    /** "Belgian Vandamme" is Vandamme described, when the text names Vandamme without it; "Australian Open" stays. */
    private static Run withoutDemonym(Run run, Set<String> personLike) {
        List<String> w = run.words();
        if (w.size() < 2 || !DEMONYMS.contains(lower(w.get(0))) || PARTICLES.contains(lower(w.get(1)))
                || !personLike.contains(w.get(w.size() - 1))) {
            return run;
        }
        return new Run(List.copyOf(w.subList(1, w.size())), run.capitalised() - 1, false);
    }

    /** "Norwegian", "Canadians", "New Zealanders", "Latin American": what people are called, not a name. */
    private static boolean isDemonym(Run run) {
        boolean demonym = false;
        for (String word : run.words()) {
            String lower = lower(word);
            String singular = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
            if (DEMONYMS.contains(lower) || DEMONYMS.contains(singular)) demonym = true;
            else if (!lower.equals("new") && !GENERIC.contains(lower)) return false;
        }
        return demonym;
    }

    static boolean qualifies(Candidate c, Set<String> lowerWords) {
        if (!c.inTitle && c.count < 2 || isTechnical(c.run) || isDemonym(c.run)) {
            return false;
        }
        if (c.run.capitalised() > 1) {
            return true;
        }
        // A lone capitalised word proves itself a name only away from a sentence's start.
        return mayBeName(c, lowerWords) && (c.midSentence || c.titleMidSentence);
    }

    /** False for a lone word that is generic, a date word, or also written in lower case. */
    /** Units and acronyms of things only, perhaps with generic words: "GHz CPU", "TV". */
    private static boolean isTechnical(Run run) {
        boolean technical = false;
        for (String w : run.words()) {
            String lower = lower(w);
            if (TECHNICAL.contains(lower)) technical = true;
            else if (!GENERIC.contains(lower) && !PARTICLES.contains(lower)) return false;
        }
        return technical;
    }

    static boolean mayBeName(Candidate c, Set<String> lowerWords) {
        if (c.run.words().size() != 1) {
            return true;
        }
        String lower = lower(c.run.words().get(0));
        return !GENERIC.contains(lower) && !TECHNICAL.contains(lower) && !CALENDAR.contains(lower) && !lowerWords.contains(lower);
    }

    /** A title whose every cased word (function words aside) is capitalised. */
    static boolean looksTitleCased(String title) {
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

    static void collectLowerCaseWords(String text, Set<String> into) {
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
     * Every sequence of up to {@link #MAX_GRAM} words of the title that no punctuation
     * interrupts, mapped to whether it starts after the title's first word.
     */
    static Map<String, Boolean> titleGrams(String title) {
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
}
