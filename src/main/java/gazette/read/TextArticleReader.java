package gazette.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a raw scraped text article ({@code .txt}): header lines (a {@code date} line, or the
 * page's address and an ISO-8601 date-time), a title, then the body with the page's furniture
 * still attached. Keeps the article, drops the furniture, and never treats the text as HTML.
 *
 * <p>Stateless, so one instance serves every thread. Tags are the read stage's ({@link TagDeriver}),
 * derived once from what this returns. Each
 * step is a single pass over the lines, and the patterns below are linear (no nested
 * quantifiers) and applied only to lines or to bounded tails of them.
 */
public final class TextArticleReader {

    private static final String NO_DATE =
            "no date: expected a 'date YYYY-MM-DD' line or an ISO-8601 date-time line before the title";

    /** Longest line still taken for an attribution or furniture; longer lines are prose. */
    private static final int MAX_FURNITURE_LENGTH = 250;

    /** A header line that means to be a date: "date", then a digit. */
    private static final Pattern DATE_LINE = Pattern.compile("(?i)date\\s*[:：]?\\s*(\\d.*)");
    private static final Pattern DATE_VALUE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    /** An ISO-8601 date, optionally with a time and an offset ("+0900", "+09:00", "Z"). */
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
                    + " ?(Z|z|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Pattern URL = Pattern.compile("(?i)https?://\\S+");

    private static final Pattern ATTRIBUTION_START =
            Pattern.compile("(?i)(?:source|editor|来源|來源|责任编辑|責任編輯|编辑|編輯) ?[:：]");
    private static final Pattern ATTRIBUTION_LABEL = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}])(source|editor) ?[:：]|(来源|來源|责任编辑|責任編輯|编辑|編輯) ?[:：]");

    private static final Pattern RELATED_HEADING = Pattern.compile(
            "(?i)(?:related(?: (?:links?|stories|news|articles|reading|topics|coverage|content))?"
                    + "|see also|read more|also read|more on this(?: story)?"
                    + "|相关新闻|相关阅读|相关链接|相关报道|相关文章|延伸阅读|推荐阅读|相關新聞)"
                    + " ?(?:[:：].*)?");

    /** Markers of licence and registration numbers, in the languages news sites use. */
    private static final String[] LICENCE_MARKERS = {
        "icp备", "icp证", "许可证", "許可證", "公网安备", "備案", "备案号", "license no", "licence no",
        "license number", "licence number", "registration no", "registration number", "reg. no",
        "свидетельство о регистрации", "регистрационный номер", "лицензия", "등록번호", "登録番号",
    };

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


    /**
     * @param displayPath the file as the user knows it, for messages
     * @param bytes       the file's content
     * @throws ContentException when the file is not text, has no date, an impossible date, or no title
     */
    public TextArticle read(String displayPath, byte[] bytes) throws ContentException {
        LenientUtf8.Decoded decoded = LenientUtf8.decode(displayPath, bytes);
        List<String> warnings = new ArrayList<>();
        if (decoded.strayBytes() > 0) {
            warnings.add(displayPath + ":" + decoded.firstStrayLine() + ": not valid UTF-8; read "
                    + decoded.strayBytes() + (decoded.strayBytes() == 1 ? " byte" : " bytes")
                    + " as Windows-1252");
        }
        List<String> lines = cleanLines(decoded.text());
        Header header = readHeader(displayPath, lines, warnings);
        String title = lines.get(header.titleIndex());

        // Everything from the attribution line on is the page's, not the article's.
        String source = null;
        String editor = null;
        int bodyEnd = lines.size();
        for (int i = header.titleIndex() + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() <= MAX_FURNITURE_LENGTH && ATTRIBUTION_START.matcher(line).lookingAt()) {
                String[] attribution = attribution(line);
                source = attribution[0];
                editor = attribution[1];
                bodyEnd = i;
                break;
            }
        }

        List<Unit> units = units(lines, header.titleIndex() + 1, bodyEnd);
        units = units.subList(0, trailingFurnitureStart(units));
        units = joinHardWrapped(units);
        List<TextBlock> blocks = deduplicated(title, blocks(units));

        String summary = "";
        for (TextBlock block : blocks) {
            if (block instanceof TextBlock.Paragraph p) {
                summary = p.text();
                break;
            }
        }
        if (blocks.isEmpty()) {
            warnings.add(displayPath + ":" + (header.titleIndex() + 1) + ": no body text after the title");
        }
        return new TextArticle(title, header.date(), header.dateTime(), header.url(), source, editor,
                blocks, summary, warnings);
    }

    // ---- lines -------------------------------------------------------------------------------

    /** Splits at CRLF, CR or LF and cleans each line; index + 1 is the line number. */
    private static List<String> cleanLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(clean(text.substring(start, i)));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(clean(text.substring(start)));
        }
        return lines;
    }

    /** Decodes entities, turns every kind of space into one plain space, trims. */
    private static String clean(String raw) {
        String text = TextEntities.decode(raw);
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u200B' || c == '\uFEFF') {
                continue; // invisible: zero-width space, stray byte-order marks
            }
            if (isSpace(c)) {
                if (out.length() > 0) {
                    // A lone ideographic space is punctuation in CJK headlines: keep it as written.
                    boolean lone = c == '\u3000' && !pendingSpace && i + 1 < text.length()
                            && !isSpace(text.charAt(i + 1));
                    if (lone) {
                        out.append(c);
                    } else {
                        pendingSpace = true;
                    }
                }
                continue;
            }
            if (Character.getType(c) == Character.CONTROL) {
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    // ---- header ------------------------------------------------------------------------------

    private record Header(LocalDate date, OffsetDateTime dateTime, String url, int titleIndex) {
    }

    private static Header readHeader(String path, List<String> lines, List<String> warnings)
            throws ContentException {
        LocalDate date = null;
        OffsetDateTime dateTime = null;
        LocalDate dateTimeDate = null;
        String url = null;
        int lastHeaderLine = 1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            int lineNumber = i + 1;
            Matcher m = DATE_LINE.matcher(line);
            // Once a date is known, "Date 2024 set for vote" may well be the title.
            if (m.matches() && (date == null || DATE_VALUE.matcher(m.group(1)).matches())) {
                LocalDate value = dateLine(path, lineNumber, m.group(1));
                date = date == null ? value : date;
                lastHeaderLine = lineNumber;
                continue;
            }
            m = DATE_TIME.matcher(line);
            if (m.matches()) {
                LocalDateTime local = localDateTime(path, lineNumber, m);
                if (dateTimeDate == null) {
                    dateTimeDate = local.toLocalDate();
                    if (m.group(8) != null) {
                        dateTime = OffsetDateTime.of(local, offset(path, lineNumber, m.group(8)));
                    }
                }
                lastHeaderLine = lineNumber;
                continue;
            }
            if (URL.matcher(line).matches()) {
                url = url == null ? line : url;
                lastHeaderLine = lineNumber;
                continue;
            }
            if (date == null && dateTimeDate == null) {
                throw new ContentException(path, 1, NO_DATE);
            }
            if (date == null) {
                date = dateTimeDate;
            } else if (dateTimeDate != null && !date.equals(dateTimeDate)) {
                warnings.add(path + ":" + lastHeaderLine + ": the date line says " + date
                        + " but the date-time line says " + dateTimeDate + "; using " + date);
            }
            return new Header(date, dateTime, url, i);
        }
        if (date == null && dateTimeDate == null) {
            throw new ContentException(path, 1, NO_DATE);
        }
        throw new ContentException(path, lastHeaderLine, "no title: nothing follows the header lines");
    }

    private static LocalDate dateLine(String path, int line, String value) throws ContentException {
        Matcher m = DATE_VALUE.matcher(value);
        if (!m.matches()) {
            throw new ContentException(path, line, "bad date line: expected 'date YYYY-MM-DD', found 'date "
                    + value + "'");
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new ContentException(path, line, "impossible date " + value);
        }
    }

    private static LocalDateTime localDateTime(String path, int line, Matcher m) throws ContentException {
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return day.atStartOfDay();
            }
            int nanos = 0;
            if (m.group(7) != null) {
                nanos = Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
            }
            return day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
        } catch (DateTimeException e) {
            throw new ContentException(path, line, "impossible date-time " + m.group());
        }
    }

    private static ZoneOffset offset(String path, int line, String text) throws ContentException {
        if (text.equalsIgnoreCase("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = text.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        int sign = text.charAt(0) == '-' ? -1 : 1;
        try {
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException e) {
            throw new ContentException(path, line, "impossible time zone offset " + text);
        }
    }

    // ---- attribution -------------------------------------------------------------------------

    /** {source, editor}, each null when missing, from "Source: X   Editor: Y" and its variants. */
    private static String[] attribution(String line) {
        String[] result = new String[2];
        Matcher m = ATTRIBUTION_LABEL.matcher(line);
        int field = -1;
        int valueStart = 0;
        while (m.find()) {
            if (field >= 0 && result[field] == null) {
                result[field] = separatorsStripped(line.substring(valueStart, m.start()));
            }
            String label = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
            field = label.equals("source") || label.equals("来源") || label.equals("來源") ? 0 : 1;
            valueStart = m.end();
        }
        if (field >= 0 && result[field] == null) {
            result[field] = separatorsStripped(line.substring(valueStart));
        }
        return result;
    }

    private static String separatorsStripped(String value) {
        int start = 0;
        while (start < value.length() && isSeparator(value.charAt(start))) {
            start++;
        }
        // A bar ends the field: "Source: Xinhua | 2017-09-13 10:21".
        int end = start;
        while (end < value.length() && value.charAt(end) != '|' && value.charAt(end) != '｜') {
            end++;
        }
        while (end > start && isSeparator(value.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : value.substring(start, end);
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\u3000' || c == '|' || c == '｜' || c == '/' || c == '\\' || c == ',' || c == ';'
                || c == '，' || c == '；' || c == '-' || c == '–' || c == '—' || c == '·';
    }

    // ---- body --------------------------------------------------------------------------------

    /** A non-blank body line. */
    private record Unit(String text, boolean afterBlank) {
    }

    /** The non-blank lines of {@code [from, to)}, without "Related"-style headings. */
    private static List<Unit> units(List<String> lines, int from, int to) {
        List<Unit> units = new ArrayList<>();
        boolean blank = false;
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                blank = true;
                continue;
            }
            units.add(new Unit(line, blank));
            blank = false;
        }
        return units;
    }

    /**
     * Where the page's trailing furniture starts: copyright, licence and navigation lines at the
     * end, and a "Related" heading when only a list of headlines and furniture follows it.
     */
    private static int trailingFurnitureStart(List<Unit> units) {
        int end = units.size();
        for (int i = units.size() - 1; i >= 0; i--) {
            String text = units.get(i).text();
            if (isRelatedHeading(text)) {
                end = i;
            } else if (!isFurniture(text) && !looksLikeListItem(text)) {
                break;
            }
        }
        while (end > 0 && isFurniture(units.get(end - 1).text())) {
            end--;
        }
        return end;
    }

    private static boolean isRelatedHeading(String text) {
        return text.length() <= MAX_FURNITURE_LENGTH && RELATED_HEADING.matcher(text).matches();
    }

    /** A headline in a list: short, and not a sentence. */
    private static boolean looksLikeListItem(String text) {
        if (text.length() > 150) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return last != '.' && last != '。' && last != '"' && last != '”';
    }

    private static boolean isFurniture(String text) {
        if (text.length() > MAX_FURNITURE_LENGTH) {
            return false;
        }
        if (isRule(text)) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return isNavigationRow(text) || isCopyright(lower) || isLicence(lower);
    }

    /** "About Us | Contact Us | Feedback": short items joined by bars. */
    private static boolean isNavigationRow(String text) {
        int items = 0;
        int itemStart = 0;
        boolean bar = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '|';
            if (c == '|' || c == '｜') {
                if (i < text.length()) {
                    bar = true;
                }
                String item = text.substring(itemStart, i).strip();
                if (item.length() > 60) {
                    return false;
                }
                if (!item.isEmpty()) {
                    items++;
                }
                itemStart = i + 1;
            }
        }
        return bar && items >= 1;
    }

    private static boolean isCopyright(String lower) {
        if (lower.contains("©") || lower.contains("all rights reserved") || lower.contains("版权所有")
                || lower.contains("版權所有") || lower.contains("著作権")) {
            return true;
        }
        if (lower.startsWith("(c)") || lower.contains("(c) 1") || lower.contains("(c) 2")) {
            return true;
        }
        // "Copyright lawsuits rose, experts said." is prose; "Copyright 2020 Example" is not.
        return lower.startsWith("copyright") && (hasDigit(lower) || lower.contains("rights"));
    }

    private static boolean isLicence(String lower) {
        if (!hasDigit(lower)) {
            return false;
        }
        for (String marker : LICENCE_MARKERS) {
            if (lower.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /** Joins lines a scraper hard-wrapped mid-sentence: no blank line, next starts in lower case. */
    private static List<Unit> joinHardWrapped(List<Unit> units) {
        List<Unit> joined = new ArrayList<>(units.size());
        StringBuilder current = null;
        boolean currentAfterBlank = false;
        for (Unit unit : units) {
            if (current != null && !unit.afterBlank()) {
                int last = current.codePointBefore(current.length());
                int first = unit.text().codePointAt(0);
                if ((Character.isLetterOrDigit(last) || last == ',') && Character.isLowerCase(first)) {
                    current.append(' ').append(unit.text());
                    continue;
                }
            }
            if (current != null) {
                joined.add(new Unit(current.toString(), currentAfterBlank));
            }
            current = new StringBuilder(unit.text());
            currentAfterBlank = unit.afterBlank();
        }
        if (current != null) {
            joined.add(new Unit(current.toString(), currentAfterBlank));
        }
        return joined;
    }

    /** Paragraphs, with a credit line and the caption after it made into a figure. */
    private static List<TextBlock> blocks(List<Unit> units) {
        List<TextBlock> blocks = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (isRelatedHeading(unit.text())) {
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
        return switch (word) {
            case "de", "van", "von", "der", "bin", "al", "da", "di", "du", "la", "le", "y" -> true;
            default -> false;
        };
    }

    /** A paragraph describing a picture: closes on a date, or speaks of the picture. */
    private static boolean isCaption(String text) {
        if (text.length() < 10 || text.length() > 400) {
            return false;
        }
        String tail = text.substring(Math.max(0, text.length() - 40));
        return CAPTION_DATE_END.matcher(tail).find() || PICTURE_WORDS.matcher(text).find();
    }

    /** Each paragraph once, where it first stood; a paragraph repeating the title goes too. */
    private static List<TextBlock> deduplicated(String title, List<TextBlock> blocks) {
        Set<String> seen = new HashSet<>();
        seen.add(title);
        List<TextBlock> kept = new ArrayList<>(blocks.size());
        for (TextBlock block : blocks) {
            String text = block instanceof TextBlock.Paragraph p ? p.text() : ((TextBlock.Figure) block).caption();
            if (seen.add(text)) {
                kept.add(block);
            }
        }
        return kept;
    }

    /** A line drawn with separators only: "-----", "* * *", "|", "=====". */
    private static boolean isRule(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("-_=*~|｜#.·•—–+ ".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
