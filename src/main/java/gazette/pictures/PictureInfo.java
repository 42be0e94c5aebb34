package gazette.pictures;

import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What a picture's header says, read without decoding its pixels: so a decompression bomb (a
 * small file declaring billions of pixels) is refused before it can fill the memory.
 *
 * @param format      jpeg, png, webp or gif
 * @param width       as the picture is to be seen: after its EXIF orientation
 * @param height      likewise
 * @param orientation the EXIF orientation, 1 (as stored) to 8
 * @param alpha       whether it has transparency, which JPEG cannot keep (its derivatives are then PNG)
 */
public record PictureInfo(String format, int width, int height, int orientation, boolean alpha) {
    /** More pixels than any camera a newsroom uses: 120 million (a 100-megapixel back has some room). */
    public static final long MAX_PIXELS = 120_000_000L;
    static final Set<String> FORMATS = Set.of("jpeg", "png", "webp", "gif");

    /** The header of a picture already read: the build reads each file once, for this and its fingerprint. */
    public static PictureInfo of(byte[] bytes, String name) throws BadPicture {
        try (ImageInputStream in = new javax.imageio.stream.MemoryCacheImageInputStream(new java.io.ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(in, name);
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width < 1 || height < 1) throw new BadPicture(name + ": declares no pixels");
                if (width * height > MAX_PIXELS) {
                    throw new BadPicture(String.format(Locale.ROOT, "%s: declares %d × %d pixels, more than the %d million a picture may have"
                            + " (a decompression bomb, or a scan to be made smaller first)", name, width, height, MAX_PIXELS / 1_000_000));
                }
                String format = format(reader);
                int orientation = format.equals("jpeg") ? Orientation.of(bytes) : 1;
                boolean turned = orientation >= 5;
                return new PictureInfo(format, (int) (turned ? height : width), (int) (turned ? width : height), orientation, alpha(reader));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new BadPicture(name + ": cannot be read as a picture (" + reason(e) + ")");
        }
    }

    /**
     * The reader for a picture Gazette publishes, chosen by the file's bytes, not its name. Two
     * libraries may read the same format (WebP), in no fixed order: TwelveMonkeys is preferred,
     * then Java's own, so a picture is read the same way at every build.
     */
    static ImageReader readerFor(ImageInputStream in, String name) throws BadPicture {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        ImageReader best = null;
        while (readers.hasNext()) {
            ImageReader r = readers.next();
            boolean ours;
            try {
                ours = FORMATS.contains(format(r));
            } catch (IOException e) {
                ours = false; // a reader that cannot name its format is not one of ours
            }
            if (ours && (best == null || rank(r) < rank(best) || rank(r) == rank(best) && r.getClass().getName().compareTo(best.getClass().getName()) < 0)) {
                if (best != null) best.dispose();
                best = r;
            } else {
                r.dispose();
            }
        }
        if (best == null) throw new BadPicture(name + ": not a picture Gazette publishes (JPEG, PNG, WebP or GIF)");
        return best;
    }

    private static int rank(ImageReader r) {
        String c = r.getClass().getName();
        return c.startsWith("com.twelvemonkeys.") ? 0 : c.startsWith("com.sun.") ? 1 : 2;
    }

    /** From the header: the colour model the reader would decode to. */
    private static boolean alpha(ImageReader r) throws IOException {
        javax.imageio.ImageTypeSpecifier raw = r.getRawImageType(0);
        if (raw == null) {
            Iterator<javax.imageio.ImageTypeSpecifier> types = r.getImageTypes(0);
            raw = types.hasNext() ? types.next() : null;
        }
        return raw != null && raw.getColorModel().hasAlpha();
    }

    static String format(ImageReader r) throws IOException {
        return r.getFormatName().toLowerCase(Locale.ROOT).replace("jpg", "jpeg");
    }

    static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip().replaceAll("\\s+", " ");
    }
}
