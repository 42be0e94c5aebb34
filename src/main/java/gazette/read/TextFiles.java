package gazette.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Content files as text, for Markdown and scraped articles alike: UTF-8 with any byte-order mark
 * removed, decoded by the JDK. The few stray bytes a legacy editor or a scraper leaves (a pound
 * sign or an accent saved as Latin-1) are read as Windows-1252, the encoding such strays nearly
 * always come from, with a warning naming the line of the first. Empty and binary files are
 * errors, and so is a file in another encoding altogether, which repair would only turn into
 * nonsense.
 */
public final class TextFiles {
    /** Above this share of bad characters the file is binary or in another encoding altogether. */
    private static final double MAX_BAD_SHARE = 0.30;

    /** Windows-1252 0x80..0x9F; the five bytes it leaves undefined become U+FFFD. */
    private static final char[] CP1252_HIGH = {
        '\u20AC', '\uFFFD', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\uFFFD', '\u017D', '\uFFFD',
        '\uFFFD', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\uFFFD', '\u017E', '\u0178',
    };

    /**
     * @param text           the decoded text, byte-order mark removed
     * @param strayBytes     how many bytes were taken as Windows-1252
     * @param firstStrayLine one-based line of the first of them; 0 when there was none
     */
    public record Decoded(String text, int strayBytes, int firstStrayLine) {
        /** The warning a file with stray bytes gets, or null. */
        public String warning(String path) {
            if (strayBytes == 0) return null;
            return path + ":" + firstStrayLine + ": not valid UTF-8; read " + strayBytes + (strayBytes == 1 ? " byte" : " bytes") + " as Windows-1252";
        }
    }

    private TextFiles() {}

    /** As {@link #decode(String, byte[])}, adding the warning about stray bytes, if any, to {@code warnings}. */
    public static String decode(String path, byte[] bytes, Collection<String> warnings) throws ContentException {
        Decoded d = decode(path, bytes);
        if (d.strayBytes() > 0) warnings.add(d.warning(path));
        return d.text();
    }

    public static Decoded decode(String path, byte[] bytes) throws ContentException {
        int start = hasBom(bytes) ? 3 : 0;
        if (isEmpty(bytes)) throw new ContentException(path, 1, "empty file");
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) throw new ContentException(path, lineAt(bytes, i), "not a text file (it holds binary data)");
        }
        int k = start;
        while (k < bytes.length && bytes[k] >= 0) k++;
        // all ASCII: one copy, no decoder and no intermediate char buffer
        if (k == bytes.length) return new Decoded(new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1), 0, 0);

        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start); // UTF-8 never gives more chars than bytes
        int stray = 0;
        int firstStray = -1;
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isUnderflow()) break;
            // a byte that begins no valid sequence: one byte of Windows-1252, then go on after it
            if (stray++ == 0) firstStray = in.position();
            out.put(cp1252(in.get() & 0xFF));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (stray > 0 && badShare(text, stray) > MAX_BAD_SHARE) {
            int bad = firstInvalid(bytes, start);
            throw new ContentException(path, lineAt(bytes, bad), String.format(
                    "not UTF-8 text, nor UTF-8 with a few stray bytes: byte 0x%02X cannot be decoded (save the file as UTF-8)", bytes[bad] & 0xff));
        }
        return new Decoded(text, stray, stray == 0 ? 0 : lineAt(bytes, firstStray));
    }

    /** Stray bytes and control characters, as a share of all characters. */
    private static double badShare(String text, int stray) {
        int bad = stray;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x1B) bad++;
        }
        return (double) bad / text.codePointCount(0, text.length());
    }

    /** The Windows-1252 character of a byte 0x80..0xFF (0x80..0x9F differ from Latin-1). */
    public static char cp1252(int b) {
        return b >= 0x80 && b < 0xA0 ? CP1252_HIGH[b - 0x80] : (char) b;
    }

    /** Nothing but a byte-order mark and white space. */
    public static boolean isEmpty(byte[] bytes) {
        for (int i = hasBom(bytes) ? 3 : 0; i < bytes.length; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\n' && bytes[i] != '\r' && bytes[i] != '\t') return false;
        }
        return true;
    }

    static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    /** The one-based line of byte {@code offset}, counting lines as readers split them: CRLF, a lone CR and LF each end one. */
    static int lineAt(byte[] b, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < b.length; i++) {
            if (b[i] == '\n' && (i == 0 || b[i - 1] != '\r') || b[i] == '\r') line++;
        }
        return line;
    }

    /** Offset of the first byte that begins no valid UTF-8 sequence (the decoder's verdict), from {@code from}. */
    private static int firstInvalid(byte[] b, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, from, b.length - from);
        CoderResult r = decoder.decode(in, CharBuffer.allocate(b.length - from), true);
        return r.isError() ? in.position() : from;
    }
}
