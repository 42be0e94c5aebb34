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
            "(?i)(?:photos?|photograph|picture|image|credit|courtesy)\\b ?[:：/]|(?:photo|picture) by\\b|(?:图|摄影|图片|写真|撮影|画像|提供)[:：/]");

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
                    + "|(?:is|are|was|were) seen)(?![\\p{L}])|摄|图为|写真|撮影");

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
     * A photo credit: a very short line with no final punctuation, that says it is one (an agency,
     * "Photo: …", "写真：…", "…摄", "Agency/Photographer"), or looks like a person's name (two or
     * three capitalised words of letters, right under a paragraph). A fixture line ("Blackburn v
     * Newcastle"), a model number, a date or a lone word that is no agency is none of these: when
     * unsure, two paragraphs stay two paragraphs.
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
        String lower = text.toLowerCase(Locale.ROOT);
        if (AGENCIES.contains(lower) || CREDIT_PREFIX.matcher(text).lookingAt() || text.endsWith("摄") || text.endsWith("撮影")
                || isSlashCredit(text)) {
            return true;
        }
        String[] words = text.split(" ");
        if (unit.afterBlank() || words.length < 2 || words.length > 3) {
            return false; // a capitalised line set apart by blank lines is more likely a crosshead
        }
        for (String word : words) {
            if (!isNameWord(word) && !Words.PARTICLES.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** "Reuters/Li Wen", "Photo/Xinhua": an agency on one side of a single slash, words on the other. */
    private static boolean isSlashCredit(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0 || slash != text.lastIndexOf('/') || slash == text.length() - 1) {
            return false;
        }
        String before = text.substring(0, slash).strip().toLowerCase(Locale.ROOT);
        String after = text.substring(slash + 1).strip().toLowerCase(Locale.ROOT);
        return AGENCIES.contains(before) || AGENCIES.contains(after) || before.equals("photo") || after.equals("photo");
    }

    /** A capitalised word of letters (an apostrophe or hyphen inside allowed): "O'Neill", "Kilroy-Silk". */
    private static boolean isNameWord(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '’' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** A paragraph describing a picture: it speaks of the picture, or closes on a date, as captions do. */
    private static boolean isCaption(String text) {
        if (text.length() < 10 || text.length() > 400) {
            return false;
        }
        String tail = text.substring(Math.max(0, text.length() - 40));
        return PICTURE_WORDS.matcher(text).find() || CAPTION_DATE_END.matcher(tail).find();
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
