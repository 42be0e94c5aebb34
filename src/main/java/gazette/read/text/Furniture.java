package gazette.read.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page around a scraped article: the attribution line ("Source: X   Editor: Y"), after which
 * everything is the page's, and the furniture at its end (copyright and licence lines, rows of
 * links, "Related" lists).
 */
final class Furniture {
    /** Longest line still taken for an attribution or furniture; longer lines are prose. */
    static final int MAX_FURNITURE_LENGTH = 250;

    static final Pattern ATTRIBUTION_START =
            Pattern.compile("(?i)(?:source|editor|来源|來源|责任编辑|責任編輯|编辑|編輯) ?[:：]");
    private static final Pattern ATTRIBUTION_LABEL = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}])(source|editor) ?[:：]|(来源|來源|责任编辑|責任編輯|编辑|編輯) ?[:：]");

    /** A heading that starts a list of links: "Related:", "相关新闻", "【関連記事】", "■関連リンク". */
    private static final Pattern RELATED_HEADING = Pattern.compile(
            "(?i)[【＜<■□◆◇●○▼▽《〈\\[]? ?"
                    + "(?:related(?: (?:links?|stories|news|articles|reading|topics|coverage|content))?"
                    + "|see also|read more|also read|more on this(?: story)?"
                    + "|相关新闻|相关阅读|相关链接|相关报道|相关文章|延伸阅读|推荐阅读|相關新聞"
                    + "|関連記事|関連情報|関連リンク|関連ニュース|関連トピックス|関連|あわせて読みたい|こちらもおすすめ)"
                    + " ?[】＞>》〉\\]]? ?(?:[:：].*)?");

    /** Markers of licence and registration numbers, in the languages news sites use. */
    private static final String[] LICENCE_MARKERS = {
        "icp备", "icp证", "许可证", "許可證", "公网安备", "備案", "备案号", "license no", "licence no",
        "license number", "licence number", "registration no", "registration number", "reg. no",
        "свидетельство о регистрации", "регистрационный номер", "лицензия", "등록번호", "登録番号",
    };

    private Furniture() {
    }

    /** An attribution line: everything from it on is the page's, not the article's. */
    static boolean isAttribution(String line) {
        return line.length() <= MAX_FURNITURE_LENGTH && ATTRIBUTION_START.matcher(line).lookingAt();
    }

    /** {source, editor}, each null when missing, from "Source: X   Editor: Y" and its variants. */
    static String[] attribution(String line) {
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

    /**
     * Where the page's trailing furniture starts: copyright, licence and navigation lines at the
     * end, and a "Related" heading when only a list of headlines and furniture follows it.
     */
    static int trailingFurnitureStart(List<Unit> units) {
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

    static boolean isRelatedHeading(String text) {
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
        if (width(text) > MAX_FURNITURE_LENGTH) {
            return false; // a paragraph, not a notice
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

    /**
     * A copyright notice: the sign, "all rights reserved" and its equivalents, "no reproduction
     * without permission" (無断転載), or "copyright belongs to …" (著作権は…に帰属). Prose that only
     * mentions copyright (the Copyright Act, 著作権法) is not one.
     */
    private static boolean isCopyright(String lower) {
        if (lower.contains("©") || lower.contains("all rights reserved") || lower.contains("版权所有")
                || lower.contains("版權所有") || lower.contains("無断転載") || lower.contains("無断複製")
                || lower.contains("転載を禁") || lower.contains("著作権は") && lower.contains("帰属")) {
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

    /**
     * How wide a line reads: a wide character (Chinese, Japanese, Korean) counts twice, so that a
     * notice's length limit does not let through a Japanese paragraph that is half its width.
     */
    static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            w += c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF
                    || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6) ? 2 : 1;
        }
        return w;
    }

    /** A line drawn with separators only: "-----", "* * *", "|", "=====". */
    static boolean isRule(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("-_=*~|｜#.·•—–+ ".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
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
