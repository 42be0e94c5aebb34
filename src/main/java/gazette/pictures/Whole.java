package gazette.pictures;

/**
 * Whether a picture file is whole: a truncated upload or an interrupted copy ends before the end
 * marker its format writes last. Checked on the bytes read for the fingerprint, before any pixel
 * is decoded, so the article can be named and left out with the other problems.
 */
final class Whole {
    private Whole() {
    }

    /** Null when the file is whole, else what is wrong. */
    static String problem(String format, byte[] b) {
        boolean whole = switch (format) {
            case "jpeg" -> jpeg(b);
            case "png" -> find(b, new byte[] {'I', 'E', 'N', 'D'}, Math.max(0, b.length - 1024)) >= 0;
            case "gif" -> lastNonZero(b) == 0x3B;
            case "webp" -> b.length >= 12 && (((b[4] & 0xff) | (b[5] & 0xff) << 8 | (b[6] & 0xff) << 16 | (long) (b[7] & 0xff) << 24) + 8) <= b.length;
            default -> true;
        };
        return whole ? null : "is truncated (it ends before the end of its picture data)";
    }

    /**
     * A JPEG's end-of-image marker after its image data: the segments before the first start of
     * scan are stepped over by their lengths (an EXIF thumbnail inside them has an end marker of
     * its own), then the marker is looked for; data a phone appends after it (a motion photo) is no harm.
     */
    private static boolean jpeg(byte[] b) {
        int i = 2;
        while (i + 4 <= b.length) {
            if ((b[i] & 0xff) != 0xFF) return true; // not a layout this check knows: the decoder decides
            int marker = b[i + 1] & 0xff;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == 0xDA) return find(b, new byte[] {(byte) 0xFF, (byte) 0xD9}, i) >= 0;
            i += 2 + ((b[i + 2] & 0xff) << 8 | (b[i + 3] & 0xff));
        }
        return false;
    }

    private static int lastNonZero(byte[] b) {
        for (int i = b.length - 1; i >= 0; i--) if (b[i] != 0) return b[i] & 0xff;
        return -1;
    }

    private static int find(byte[] b, byte[] what, int from) {
        outer:
        for (int i = from; i + what.length <= b.length; i++) {
            for (int k = 0; k < what.length; k++) if (b[i + k] != what[k]) continue outer;
            return i;
        }
        return -1;
    }
}
