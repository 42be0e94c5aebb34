package gazette.read;

/**
 * Decodes scraped bytes as UTF-8, tolerating the few stray legacy bytes that scrapers leave
 * behind: each byte that does not start a valid UTF-8 sequence is taken as Windows-1252, the
 * encoding such strays nearly always come from (a pound sign, an accented letter, curly quotes).
 * One pass over the bytes, no allocation per byte.
 */
final class LenientUtf8 {

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
     * @param text          the decoded text, byte-order mark removed
     * @param strayBytes    how many bytes were taken as Windows-1252
     * @param firstStrayLine one-based line of the first of them; 0 when there was none
     */
    record Decoded(String text, int strayBytes, int firstStrayLine) {
    }

    /** The text when the bytes (after any byte-order mark) are valid UTF-8, else null. */
    private static String strictUtf8(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        int k = start;
        while (k < bytes.length && bytes[k] >= 0) k++;
        // all ASCII: one copy, no decoder and no intermediate char buffer
        if (k == bytes.length) return new String(bytes, start, bytes.length - start, java.nio.charset.StandardCharsets.ISO_8859_1);
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    private LenientUtf8() {
    }

    /** The Windows-1252 character of a byte 0x80..0x9F. */
    static char cp1252(int b) {
        return CP1252_HIGH[b - 0x80];
    }

    static Decoded decode(String path, byte[] bytes) throws ContentException {
        // nearly every file is plain UTF-8: the JDK's decoder settles that at memory speed
        String strict = strictUtf8(bytes);
        if (strict != null && strict.indexOf('\0') < 0) return new Decoded(strict, 0, 0);
        int n = bytes.length;
        int i = 0;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        StringBuilder out = new StringBuilder(n - i);
        int line = 1;
        boolean afterCr = false;
        int stray = 0;
        int firstStrayLine = 0;
        int bad = 0;
        int chars = 0;
        while (i < n) {
            int b = bytes[i] & 0xFF;
            chars++;
            if (b < 0x80) {
                if (b == 0) {
                    throw new ContentException(path, 1, "not a text file");
                }
                // Count lines exactly as the reader splits them: CRLF, lone CR and LF each end one.
                if (b == '\n') {
                    if (!afterCr) {
                        line++;
                    }
                } else if (b == '\r') {
                    line++;
                } else if (b < 0x20 && b != '\t' && b != '\f' && b != 0x0B && b != 0x1B) {
                    bad++;
                }
                afterCr = b == '\r';
                out.append((char) b);
                i++;
                continue;
            }
            afterCr = false;
            int length = sequenceLength(bytes, i, n);
            if (length > 0) {
                int cp = codePoint(bytes, i, length);
                out.appendCodePoint(cp);
                i += length;
            } else {
                // Not UTF-8: one byte of Windows-1252.
                out.append(b < 0xA0 ? CP1252_HIGH[b - 0x80] : (char) b);
                if (stray == 0) {
                    firstStrayLine = line;
                }
                stray++;
                bad++;
                i++;
            }
        }
        if (chars > 0 && bad > MAX_BAD_SHARE * chars) {
            throw new ContentException(path, 1, "not a text file");
        }
        return new Decoded(out.toString(), stray, firstStrayLine);
    }

    /** Length of the well-formed UTF-8 sequence starting at {@code i} (RFC 3629), or 0. */
    private static int sequenceLength(byte[] bytes, int i, int n) {
        int b = bytes[i] & 0xFF;
        int length;
        int lo = 0x80;
        int hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0) {
                lo = 0xA0; // no overlong forms
            } else if (b == 0xED) {
                hi = 0x9F; // no surrogates
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0) {
                lo = 0x90;
            } else if (b == 0xF4) {
                hi = 0x8F; // nothing above U+10FFFF
            }
        } else {
            return 0;
        }
        if (i + length > n) {
            return 0;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < lo || second > hi) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int c = bytes[i + k] & 0xFF;
            if (c < 0x80 || c > 0xBF) {
                return 0;
            }
        }
        return length;
    }

    private static int codePoint(byte[] bytes, int i, int length) {
        int b = bytes[i] & 0xFF;
        int cp = switch (length) {
            case 2 -> b & 0x1F;
            case 3 -> b & 0x0F;
            default -> b & 0x07;
        };
        for (int k = 1; k < length; k++) {
            cp = (cp << 6) | (bytes[i + k] & 0x3F);
        }
        return cp;
    }
}
