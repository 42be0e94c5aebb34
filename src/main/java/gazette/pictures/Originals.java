package gazette.pictures;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * An original picture as it may be published ({@code publish_originals: true}): its pixels
 * exactly as they are, not encoded again, keeping only the blocks a browser draws it from,
 * named one by one, so EXIF (with GPS), XMP, IPTC, comments, text, thumbnails and whatever a
 * camera or an editor adds next are taken out. What shows it as the photographer saw it stays:
 * colour profiles, transparency, animation, and for a JPEG shot on its side a new EXIF block
 * holding the orientation alone.
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

    /**
     * Every segment, the scans' data included, up to the end-of-image marker: JFIF (without its
     * thumbnail), ICC profiles, Adobe's colour transform, the tables and the scans stay; every
     * other application segment (EXIF, XMP, IPTC, JFXX thumbnails, multi-picture indexes) and
     * comments go, wherever they stand, and so does what follows the end marker (the video of a
     * motion photo, the further pictures of a multi-picture file).
     */
    private static byte[] jpeg(byte[] b, int orientation) throws BadPicture {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(0xFF);
        out.write(0xD8);
        if (orientation != 1) out.writeBytes(orientationOnly(orientation));
        int i = 2;
        while (i < b.length) {
            if ((b[i] & 0xFF) != 0xFF) throw new BadPicture("a JPEG segment does not start where the last one ended");
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                i++;
                continue;
            }
            if (marker == 0xD9) {
                out.write(0xFF);
                out.write(0xD9);
                return out.toByteArray();
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) { // markers without a length
                out.write(b, i, 2);
                i += 2;
                continue;
            }
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            if (length < 2) throw new BadPicture("a JPEG segment is shorter than its own length field");
            int end = i + 2 + length;
            if (end > b.length) throw new IndexOutOfBoundsException(end);
            if (marker == 0xDA) {
                end = scanEnd(b, end);
                out.write(b, i, end - i);
            } else if (marker == 0xE0 && startsWith(b, i + 4, length - 2, "JFIF\0") && length >= 16) {
                // the JFIF header without the thumbnail it may carry
                out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE0, 0, 16});
                out.write(b, i + 4, 12);
                out.writeBytes(new byte[] {0, 0});
            } else if (keptJpeg(marker, b, i + 4, length - 2)) {
                out.write(b, i, end - i);
            }
            i = end;
        }
        throw new BadPicture("it has no end-of-image marker");
    }

    /** Where a scan's coded data ends: at the first marker that is not an escaped 0xFF byte or a restart. */
    private static int scanEnd(byte[] b, int i) {
        while (i + 1 < b.length) {
            if ((b[i] & 0xFF) == 0xFF) {
                int next = b[i + 1] & 0xFF;
                if (next == 0x00 || next >= 0xD0 && next <= 0xD7) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return b.length;
    }

    private static boolean keptJpeg(int marker, byte[] b, int data, int length) {
        if (marker == 0xE2) return startsWith(b, data, length, "ICC_PROFILE\0");
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

    /** RIFF chunks a WebP is drawn from. */
    private static final Set<String> WEBP_KEPT = Set.of("VP8X", "ICCP", "ANIM", "ANMF", "ALPH", "VP8 ", "VP8L");
    /** Within an animation frame. */
    private static final Set<String> WEBP_FRAME = Set.of("ALPH", "VP8 ", "VP8L");

    /** RIFF chunks: those the picture is drawn from stay (frames filtered likewise), any other goes; the extended header stops announcing EXIF and XMP. */
    private static byte[] webp(byte[] b) {
        byte[] body = riffChunks(b, 12, Math.min(b.length, 8 + littleInt32(b, 4)), WEBP_KEPT);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 12);
        out.writeBytes("RIFF".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(littleEndian(4 + body.length));
        out.writeBytes("WEBP".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static byte[] riffChunks(byte[] b, int i, int end, Set<String> kept) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(end - i);
        while (i + 8 <= end) {
            String type = new String(b, i, 4, StandardCharsets.ISO_8859_1);
            int length = littleInt32(b, i + 4);
            if (length < 0 || length > end - i - 8) throw new IndexOutOfBoundsException(length);
            int whole = 8 + length + (length & 1);
            if (type.equals("VP8X")) {
                byte[] chunk = java.util.Arrays.copyOfRange(b, i, i + 8 + length);
                chunk[8] &= (byte) ~(0x08 | 0x04); // the EXIF and XMP flags
                out.writeBytes(chunk);
                if ((length & 1) == 1) out.write(0);
            } else if (type.equals("ANMF") && kept.contains(type)) {
                if (length < 16) throw new IndexOutOfBoundsException(length);
                byte[] frame = riffChunks(b, i + 8 + 16, i + 8 + length, WEBP_FRAME);
                out.writeBytes("ANMF".getBytes(StandardCharsets.ISO_8859_1));
                out.writeBytes(littleEndian(16 + frame.length));
                out.write(b, i + 8, 16);
                out.writeBytes(frame);
            } else if (kept.contains(type)) {
                out.write(b, i, Math.min(whole, end - i));
            }
            i += whole;
        }
        return out.toByteArray();
    }

    private static byte[] littleEndian(int n) {
        return new byte[] {(byte) n, (byte) (n >> 8), (byte) (n >> 16), (byte) (n >> 24)};
    }

    /** Blocks: the pictures and their timing stay, and the looping of an animation alone of its application block; comments, text and any other application's data go. */
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
            if (block == 0x21) {
                int label = b[i + 1] & 0xFF;
                i = subBlocks(b, i + 2);
                if (label == 0xF9) {
                    out.write(b, start, i - start);
                } else if (label == 0xFF && (b[start + 2] & 0xFF) == 11
                        && (startsWith(b, start + 3, 11, "NETSCAPE2.0") || startsWith(b, start + 3, 11, "ANIMEXTS1.0"))
                        && (b[start + 14] & 0xFF) == 3 && (b[start + 15] & 0xFF) == 1) {
                    out.write(b, start, 14 + 4); // introducer, label, the name's block, the looping's block
                    out.write(0);
                }
            } else if (block == 0x2C) {
                int packed = b[i + 9] & 0xFF;
                i += 10;
                if ((packed & 0x80) != 0) i += 3 << ((packed & 7) + 1); // a local colour table
                i = subBlocks(b, i + 1); // after the LZW code size
                out.write(b, start, i - start);
            } else {
                throw new BadPicture("a GIF block of unknown kind (" + block + ")");
            }
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
