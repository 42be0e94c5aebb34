package gazette.read.text;

import gazette.read.tags.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Body lines into blocks: paragraphs, and the photo a scraper lost, of which a credit line and the
 * caption after it survive (a figure).
 */
final class Figures {
    private static final Set<String> AGENCIES = Set.of(
            "xinhua", "ic", "afp", "ap", "reuters", "getty images", "getty", "epa", "epa-efe", "vcg",
            "cfp", "cns", "china daily", "china news service", "visual china group", "imaginechina",
            "bloomberg", "shutterstock", "alamy", "pa", "pa media", "kyodo", "yonhap", "tass",
            "ria novosti", "sputnik", "efe", "ansa", "dpa", "anadolu", "xinhua news agency",
            "ap photo", "afp photo", "reuters photo", "file photo", "global times", "chinanews");

    private static final Pattern CREDIT_PREFIX = Pattern.compile(
            "(?i)(?:photos?|photograph|picture|image|credit|courtesy|by)\\b ?[:：/ ]|(?:图|摄影|图片)[:：/]");

    /** A caption's closing date: "September 13.", "13 Sept 2023.", "2024-03-05", "3月5日". */
    private static final Pattern CAPTION_DATE_END = Pattern.compile(
            "(?i)(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.? \\d{1,2}(?:st|nd|rd|th)?"
                    + "(?:,? \\d{4})?"
                    + "|\\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}"
                    + "(?:,? \\d{4})?"
                    + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}月\\d{1,2}日)"
                    + "[)\\]]?[.。]?[)\\]]?$");
    private static final Pattern PICTURE_WORDS = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:photos?|photographs?|photo taken|pictured|picture|poses?|posing"
                    + "|(?:is|are|was|were) seen)(?![\\p{L}])|摄|图为");

    private Figures() {
    }

    /** Paragraphs, with a credit line and the caption after it made into a figure. */
    static List<TextBlock> blocks(List<Unit> units) {
        List<TextBlock> blocks = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (Furniture.isRelatedHeading(unit.text())) {
                continue; // a stray "Related:" line is a link, not prose
            }
            if (i + 1 < units.size() && isCredit(unit) && isCaption(units.get(i + 1).text())) {
                blocks.add(new TextBlock.Figure(units.get(i + 1).text(), unit.text()));
                i++;
                continue;
            }
            blocks.add(new TextBlock.Paragraph(unit.text()));
        }
        return blocks;
    }

    /**
     * A photo credit: a very short line, no final full stop; either plainly a credit (an agency,
     * "Photo: ...", "Agency/Photographer") or a capitalised name right after a paragraph.
     */
    private static boolean isCredit(Unit unit) {
        String text = unit.text();
        if (text.length() > 40) {
            return false;
        }
        int last = text.codePointBefore(text.length());
        if (last == '.' || last == '!' || last == '?' || last == ',' || last == ':' || last == ';'
                || last == '。' || last == '，' || last == '：' || !hasLetterOrDigit(text)) {
            return false;
        }
        String[] words = text.split(" ");
        if (words.length > 5) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (AGENCIES.contains(lower) || CREDIT_PREFIX.matcher(text).lookingAt() || text.indexOf('/') > 0
                || text.endsWith("摄") || isAcronym(text)) {
            return true;
        }
        if (unit.afterBlank() || words.length > 4) {
            return false; // a capitalised line set apart by blank lines is more likely a crosshead
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.codePointAt(0)) && !isNameParticle(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAcronym(String text) {
        if (text.length() < 2 || text.length() > 6) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameParticle(String word) {
        return Words.PARTICLES.contains(word);
    }

    /** A paragraph describing a picture: closes on a date, or speaks of the picture. */
    private static boolean isCaption(String text) {
        if (text.length() < 10 || text.length() > 400) {
            return false;
        }
        String tail = text.substring(Math.max(0, text.length() - 40));
        return CAPTION_DATE_END.matcher(tail).find() || PICTURE_WORDS.matcher(text).find();
    }

    private static boolean hasLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
