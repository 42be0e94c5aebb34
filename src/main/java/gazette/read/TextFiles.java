package gazette.read;

import java.util.Collection;

/** Decoding of content files, with errors that name the line. */
public final class TextFiles {
    private TextFiles() {}

    /**
     * UTF-8 text with any byte-order mark removed, the few stray bytes a legacy editor leaves
     * (a pound sign or an accent saved as Latin-1) read as Windows-1252, with a warning naming the
     * line of the first. Empty and binary files are errors, and so is a file in another encoding
     * altogether, which repair would only turn into nonsense.
     */
    public static String decode(String path, byte[] bytes, Collection<String> warnings) throws ContentException {
        checkText(path, bytes);
        LenientUtf8.Decoded d;
        try {
            d = LenientUtf8.decode(path, bytes);
        } catch (ContentException beyondRepair) {
            int start = hasBom(bytes) ? 3 : 0;
            int bad = firstInvalid(bytes, start);
            if (bad < 0) throw new ContentException(path, 1, "not a text file (it is mostly control characters)");
            throw new ContentException(path, lineAt(bytes, bad), String.format(
                    "not UTF-8 text, nor UTF-8 with a few stray bytes: byte 0x%02X cannot be decoded (save the file as UTF-8)", bytes[bad] & 0xff));
        }
        if (d.strayBytes() > 0) {
            warnings.add(path + ":" + d.firstStrayLine() + ": not valid UTF-8; read " + d.strayBytes()
                    + (d.strayBytes() == 1 ? " byte" : " bytes") + " as Windows-1252");
        }
        return d.text();
    }

    /** As {@link #decode(String, byte[], Collection)}, for a second reading whose warnings were given by the first. */
    public static String decode(String path, byte[] bytes) throws ContentException {
        return decode(path, bytes, new java.util.ArrayList<>(0));
    }

    private static void checkText(String path, byte[] bytes) throws ContentException {
        int start = hasBom(bytes) ? 3 : 0;
        if (bytes.length - start == 0 || isBlank(bytes, start)) throw new ContentException(path, 1, "empty file");
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) throw new ContentException(path, lineAt(bytes, i), "not a text file (it holds binary data)");
        }
    }

    /** Nothing but a byte-order mark and white space. */
    static boolean isEmpty(byte[] bytes) {
        int start = hasBom(bytes) ? 3 : 0;
        return bytes.length == start || isBlank(bytes, start);
    }

    static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    private static boolean isBlank(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] != ' ' && b[i] != '\n' && b[i] != '\r' && b[i] != '\t') return false;
        }
        return true;
    }

    static int lineAt(byte[] b, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < b.length; i++) if (b[i] == '\n') line++;
        return line;
    }

    /** Offset of the first byte that does not begin or continue a valid UTF-8 sequence; -1 when there is none. */
    private static int firstInvalid(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int need = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (need < 0) return i;
            for (int k = 1; k <= need; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) return i;
            }
            i += need + 1;
        }
        return -1;
    }
}
