package gazette.read.tags;

import static gazette.read.tags.Words.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The capitalised runs of a text: the words a name can be made of, and where each run stood. */
final class Runs {
    /** Most capitalised words in one name; longer runs are headlines or slogans, not names. */
    static final int MAX_NAME_WORDS = 3;

    /** Most particles or initials in a row inside a name ("J. R. R. Tolkien", "von der"). */
    static final int MAX_JOINERS = 3;

    /** Function words that, capitalised inside a sentence and before a capital, open a name. */
    private static final Set<String> NAME_OPENERS = words("all one two three four five six seven eight nine ten");

    /** Particles that may open a name: "de Groot", "van Persie", "al-Assad" aside (one word). */
    private static final Set<String> LEADING_PARTICLES = words("de van von bin ibn al el della");

    /** Words a name goes on after with "of", "on" or "for": "Gulf of Mexico", "Convention on Human Rights". */
    private static final Set<String> INSTITUTION_HEADS = words("""
            convention commission committee council centre center campaign institute society foundation
            fund agency office department ministry bank university court republic gulf bay sea isle isles
            cape strait lake mount house chamber duke duchess earl church college school academy museum
            federation association union league board trust coalition alliance movement front army
            """);

    private Runs() {
    }

    /** A capitalised run: its words (particles and initials included) and where it stood. */
    record Run(List<String> words, int capitalised, boolean sentenceInitial) {
        String key() {
            return String.join(" ", words);
        }
    }

    /**
     * The capitalised runs of one paragraph, in a single pass: words, sentence boundaries,
     * abbreviations and initials are told apart as they come.
     */
    static List<Run> runs(String text, Set<String> lowerWords) {
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
                } else if (i < n && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019') && word.endsWith("s")
                        && (i + 1 >= n || !Character.isLetter(text.charAt(i + 1)))) {
                    possessive = true; // "St James' Park"
                    i++;
                }
                boolean noEvidence = false;
                if (isCapital(cp)) {
                    boolean allCaps = isAllCaps(word);
                    if (word.length() == 1 || isContraction(word) || isQualifier(word)) {
                        run.end(); // "A", "I", Russian "В", "I'm", "Geneva-based": words, not names
                    } else if (HONORIFICS.contains(lower)) {
                        run.discard(); // "Chinese President Xi": drop the title and what qualifies it
                    } else if (run.isEmpty() && ROLES.contains(lower) && nextIsCapital(text, i)) {
                        run.end(); // "Substitute Craig Abbott": the role stays out of the name
                    } else if (!allCaps && !sentenceStart && run.isEmpty() && NAME_OPENERS.contains(lower) && nextIsCapital(text, i)) {
                        run.addCapitalised(word, false); // "the All Blacks", "Six Nations", "in The Hague"
                    } else if (!allCaps && STOP.contains(lower)) {
                        run.end();
                    } else if (run.isEmpty() && (CALENDAR.contains(lower)
                            || (sentenceStart && lowerWords.contains(lower)))) {
                        run.end(); // "March", or a common word capitalised only by its position
                        // "the Sunday Courier": a capital after a day's name proves nothing
                        noEvidence = CALENDAR.contains(lower);
                    } else {
                        run.addCapitalised(word, sentenceStart);
                    }
                } else if ((lower.equals("of") || lower.equals("on") || lower.equals("for")) && !run.isEmpty()
                        && INSTITUTION_HEADS.contains(lower(run.lastWord())) && nextIsCapital(text, i)) {
                    run.addParticle(word);
                } else if (PARTICLES.contains(lower) && !run.isEmpty()) {
                    run.addParticle(word);
                } else if (LEADING_PARTICLES.contains(lower) && run.isEmpty() && nextIsCapital(text, i)) {
                    run.addInitial(word, sentenceStart); // "de Groot"
                } else {
                    run.end();
                }
                if (possessive) {
                    // "Democratic People's Republic of Korea": a possessive inside a longer name cuts it; the run is not
                    // a name, and a lone word after it proves nothing ("St James' Park")
                    if (nextIsCapital(text, i)) {
                        if (run.size() > 1) run.discard();
                        else run.end();
                        noEvidence = true;
                    } else {
                        run.end();
                    }
                }
                sentenceStart = noEvidence;
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

    /** The next word, after spaces, starts with a capital. */
    private static boolean nextIsCapital(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') i++;
        return i < text.length() && isCapital(text.codePointAt(i));
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

        int size() {
            return words.size();
        }

        String lastWord() {
            return words.get(words.size() - 1);
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
            if (count > 0 && count <= MAX_NAME_WORDS) {
                out.add(new Run(List.copyOf(words), count, sentenceInitial));
            }
            words.clear();
            capital.clear();
        }
    }
}
