package gazette.text;

/**
 * Text cut to a length for a description or a result: at the last space in the second half for
 * text written with spaces, else at a character (Chinese and Japanese have no spaces to cut at),
 * never inside a character, with an ellipsis.
 */
public final class Excerpt {
    private Excerpt() {}

    public static String cut(String text, int max) {
        if (text.length() <= max) return text;
        int end = max;
        if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) end--;
        int space = text.lastIndexOf(' ', end);
        if (space > max / 2) end = space;
        return text.substring(0, end).stripTrailing() + "…";
    }
}
