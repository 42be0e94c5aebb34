package gazette.pictures;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The pictures the site shows of one original: a few widths, each as JPEG (PNG when the picture
 * has transparency) and WebP. They are encoded from pixels alone, so no EXIF, GPS, XMP or IPTC
 * block of the original reaches them: a photographer's location does not leak from the archive.
 */
public final class Derivatives {
    /** The widths made, where the original is wider; the original's own width is the last otherwise. */
    public static final int[] WIDTHS = {240, 480, 960, 1600};
    static final float JPEG_QUALITY = 0.82f;
    static final float WEBP_QUALITY = 0.80f;
    /**
     * libwebp's effort, 0 (fastest) to 6: 2 encodes a 3000-pixel photo's four widths in 62 ms
     * where the default, 4, takes 163 ms, for files about 2% larger (measured here).
     */
    static final int WEBP_METHOD = 2;

    private Derivatives() {
    }

    /** The widths made of a picture {@code width} pixels wide: those of {@link #WIDTHS} below it, and at most one more, its own. */
    public static int[] widths(int width) {
        List<Integer> out = new ArrayList<>();
        for (int w : WIDTHS) if (w < width) out.add(w);
        if (width <= WIDTHS[WIDTHS.length - 1]) out.add(width);
        else out.add(WIDTHS[WIDTHS.length - 1]);
        return out.stream().mapToInt(Integer::intValue).distinct().toArray();
    }

    /** The height of the derivative {@code width} pixels wide: from the header's size, so a page knows it without decoding. */
    public static int height(PictureInfo info, int width) {
        return Math.max(1, (int) Math.round((double) info.height() * width / info.width()));
    }

    /** Decodes the original once (subsampled when it is far wider than needed) and makes every derivative. */
    public static List<Derivative> of(byte[] original, String name, PictureInfo info) throws BadPicture {
        int[] widths = widths(info.width());
        BufferedImage picture = Orientation.apply(decode(original, name, info, widths[widths.length - 1]), info.orientation());
        boolean alpha = info.alpha();
        List<Derivative> out = new ArrayList<>();
        try {
            // widest first, each narrower one scaled from the one before: a fraction of the work of scaling the original each time
            BufferedImage from = picture;
            Derivative[] made = new Derivative[2 * widths.length];
            for (int k = widths.length - 1; k >= 0; k--) {
                int w = widths[k];
                int h = height(info, w);
                BufferedImage scaled = scale(from, w, h, alpha);
                made[2 * k] = new Derivative(w, h, alpha ? "png" : "jpg", alpha ? png(scaled) : jpeg(scaled));
                made[2 * k + 1] = new Derivative(w, h, "webp", webp(scaled));
                from = scaled;
            }
            out.addAll(List.of(made));
        } catch (IOException e) {
            throw new BadPicture(name + ": cannot be encoded (" + PictureInfo.reason(e) + ")");
        }
        return out;
    }

    /** The pixels, subsampled on reading when the original is more than twice as wide as the widest derivative. */
    static BufferedImage decode(byte[] original, String name, PictureInfo info, int widest) throws BadPicture {
        try (ImageInputStream in = new javax.imageio.stream.MemoryCacheImageInputStream(new java.io.ByteArrayInputStream(original))) {
            ImageReader reader = PictureInfo.readerFor(in, name);
            try {
                reader.setInput(in, true, true);
                StringBuilder damage = new StringBuilder();
                IIOReadWarningListener warned = (source, warning) -> {
                    // a truncated file decodes to grey below the cut: it is damaged, not a picture to publish
                    if (warning.toLowerCase(java.util.Locale.ROOT).contains("premature end")) damage.append(warning);
                };
                reader.addIIOReadWarningListener(warned);
                ImageReadParam param = reader.getDefaultReadParam();
                int stored = info.orientation() >= 5 ? info.height() : info.width(); // the stored width, before turning
                int step = Math.max(1, stored / (2 * widest));
                if (step > 1) param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage img = reader.read(0, param);
                if (damage.length() > 0) throw new BadPicture(name + ": is truncated or damaged (" + damage.toString().strip() + ")");
                return img;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new BadPicture(name + ": cannot be read as a picture (" + PictureInfo.reason(e) + ")");
        }
    }

    /** Halves the picture while it is more than twice the target, then one bicubic step: sharp, without the shimmer of one big jump. */
    static BufferedImage scale(BufferedImage img, int w, int h, boolean alpha) {
        BufferedImage current = img;
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        do {
            int cw = current.getWidth() / 2 >= w ? current.getWidth() / 2 : w;
            int ch = current.getWidth() / 2 >= w ? Math.max(h, current.getHeight() / 2) : h;
            BufferedImage next = new BufferedImage(cw, ch, type);
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, cw == w ? RenderingHints.VALUE_INTERPOLATION_BICUBIC : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                if (!alpha) g.setColor(java.awt.Color.WHITE);
                if (!alpha) g.fillRect(0, 0, cw, ch);
                g.drawImage(current, 0, 0, cw, ch, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (current.getWidth() != w || current.getHeight() != h);
        return current;
    }

    static byte[] jpeg(BufferedImage img) throws IOException {
        return write(img, "jpeg", param -> {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT); // seen whole at once, sharpening as it loads
        });
    }

    static byte[] png(BufferedImage img) throws IOException {
        return write(img, "png", param -> { });
    }

    static byte[] webp(BufferedImage img) throws IOException {
        return write(img, "webp", param -> {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(param.getCompressionTypes()[0]); // lossy
            param.setCompressionQuality(WEBP_QUALITY);
            if (param instanceof com.luciad.imageio.webp.WebPWriteParam webp) webp.setMethod(WEBP_METHOD);
        });
    }

    private static byte[] write(BufferedImage img, String format, java.util.function.Consumer<ImageWriteParam> settings) throws IOException {
        java.util.Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) throw new IOException("no " + format + " encoder");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            settings.accept(param);
            writer.write(null, new IIOImage(img, null, null), param); // no metadata: nothing of the original's
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
