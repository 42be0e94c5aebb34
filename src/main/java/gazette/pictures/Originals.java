package gazette.pictures;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * An original picture as it may be published ({@code publish_originals: true}): its pixels
 * exactly as they are, not encoded again, with every block that can carry metadata taken out:
 * EXIF (with GPS), XMP, IPTC, comments, text chunks. What a browser needs to show it as the
 * photographer saw it stays: colour profiles, transparency, animation, and for a JPEG shot on
 * its side a new EXIF block holding the orientation alone.
 */
public final class Originals {
    /** PNG chunks that shape the picture: any other ancillary chunk (text, time, EXIF) goes. */
    private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "cICP",
            "bKGD", "pHYs", "acTL", "fcTL", "fdAT");

    private Originals() {
    }

    /** The file extension of a published original. */
    public static String extension(String format) {
        return format.equals("jpeg") ? "jpg" : format;
    }

    /** The picture without its metadata; {@code bytes} are whole (checked when it was read). */
    static byte[] stripped(PictureInfo info, byte[] bytes) throws BadPicture {
        try {
            return switch (info.format()) {
                case "jpeg" -> jpeg(bytes, info.orientation());
                case "png" -> png(bytes);
                case "webp" -> webp(bytes);
                case "gif" -> gif(bytes);
                default -> throw new BadPicture("not a picture Gazette publishes");
            };
        } catch (IndexOutOfBoundsException e) {
            throw new BadPicture("its blocks run past its end");
        }
    }

    /** Segments up to the first scan: JFIF, ICC profiles, Adobe's colour transform and the tables stay; APP1 (EXIF, XMP), APP13 (IPTC), comments go. */
    private static byte[] jpeg(byte[] b, int orientation) throws BadPicture {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(0xFF);
        out.write(0xD8);
        if (orientation != 1) out.writeBytes(orientationOnly(orientation));
        int i = 2;
        while (true) {
            if ((b[i] & 0xFF) != 0xFF) throw new BadPicture("a JPEG segment does not start where the last one ended");
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                i++;
                continue;
            }
            if (marker == 0xDA) { // the first scan: from here on, the picture's data, as it is
                out.write(b, i, b.length - i);
                return out.toByteArray();
            }
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            if (keptJpeg(marker, b, i + 4, length - 2)) out.write(b, i, 2 + length);
            i += 2 + length;
        }
    }

    private static boolean keptJpeg(int marker, byte[] b, int data, int length) {
        if (marker == 0xE0) return startsWith(b, data, length, "JFIF") || startsWith(b, data, length, "JFXX");
        if (marker == 0xE2) return startsWith(b, data, length, "ICC_PROFILE");
        if (marker == 0xEE) return startsWith(b, data, length, "Adobe"); // CMYK and YCCK pictures are read by it
        if (marker >= 0xE0 && marker <= 0xEF) return false;
        return marker != 0xFE; // comment
    }

    /** An APP1 EXIF segment with one entry, the orientation, so a browser still turns the picture upright. */
    private static byte[] orientationOnly(int orientation) {
        byte[] tiff = {
            'M', 'M', 0, 42, 0, 0, 0, 8, // big-endian, first directory at 8
            0, 1, // one entry
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // Orientation, SHORT, 1 value
            0, 0, 0, 0, // no next directory
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int length = 2 + 6 + tiff.length;
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(tiff);
        return out.toByteArray();
    }

    private static byte[] png(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 8);
        int i = 8;
        while (i + 8 <= b.length) {
            int length = int32(b, i);
            if (length < 0 || length > b.length - i - 12) throw new IndexOutOfBoundsException(length);
            String type = new String(b, i + 4, 4, StandardCharsets.ISO_8859_1);
            if (PNG_KEPT.contains(type)) out.write(b, i, 12 + length);
            i += 12 + length;
            if (type.equals("IEND")) break;
        }
        return out.toByteArray();
    }

    /** RIFF chunks: EXIF and XMP go, and the extended header stops announcing them. */
    private static byte[] webp(byte[] b) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(b.length);
        int end = Math.min(b.length, 8 + littleInt32(b, 4));
        int i = 12;
        while (i + 8 <= end) {
            String type = new String(b, i, 4, StandardCharsets.ISO_8859_1);
            int length = littleInt32(b, i + 4);
            if (length < 0 || length > end - i - 8) throw new IndexOutOfBoundsException(length);
            int whole = 8 + length + (length & 1);
            if (type.equals("VP8X")) {
                byte[] chunk = java.util.Arrays.copyOfRange(b, i, i + whole);
                chunk[8] &= (byte) ~(0x08 | 0x04); // the EXIF and XMP flags
                body.writeBytes(chunk);
            } else if (!type.equals("EXIF") && !type.equals("XMP ")) {
                body.write(b, i, Math.min(whole, end - i));
            }
            i += whole;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.size() + 12);
        int size = 4 + body.size();
        out.writeBytes("RIFF".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(new byte[] {(byte) size, (byte) (size >> 8), (byte) (size >> 16), (byte) (size >> 24)});
        out.writeBytes("WEBP".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    /** Blocks: comments and applications' data (XMP) go; the looping of an animation stays. */
    private static byte[] gif(byte[] b) throws BadPicture {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        int i = 13;
        if ((b[10] & 0x80) != 0) i += 3 << ((b[10] & 7) + 1); // the global colour table
        out.write(b, 0, i);
        while (true) {
            int block = b[i] & 0xFF;
            if (block == 0x3B) {
                out.write(0x3B);
                return out.toByteArray();
            }
            int start = i;
            boolean kept = true;
            if (block == 0x21) {
                int label = b[i + 1] & 0xFF;
                if (label == 0xFE) kept = false;
                if (label == 0xFF) kept = startsWith(b, i + 3, 11, "NETSCAPE2.0") || startsWith(b, i + 3, 11, "ANIMEXTS1.0");
                i = subBlocks(b, i + 2);
            } else if (block == 0x2C) {
                int packed = b[i + 9] & 0xFF;
                i += 10;
                if ((packed & 0x80) != 0) i += 3 << ((packed & 7) + 1); // a local colour table
                i = subBlocks(b, i + 1); // after the LZW code size
            } else {
                throw new BadPicture("a GIF block of unknown kind (" + block + ")");
            }
            if (kept) out.write(b, start, i - start);
        }
    }

    /** The index after a chain of sub-blocks starting at {@code i}, its empty block included. */
    private static int subBlocks(byte[] b, int i) {
        while (true) {
            int n = b[i] & 0xFF;
            i += 1 + n;
            if (n == 0) return i;
        }
    }

    private static boolean startsWith(byte[] b, int at, int length, String prefix) {
        if (length < prefix.length()) return false;
        for (int k = 0; k < prefix.length(); k++) if (b[at + k] != prefix.charAt(k)) return false;
        return true;
    }

    private static int int32(byte[] b, int i) {
        return ((b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
    }

    private static int littleInt32(byte[] b, int i) {
        return (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8) | ((b[i + 2] & 0xFF) << 16) | ((b[i + 3] & 0xFF) << 24);
    }
}
