package gazette.pictures;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

/**
 * A camera stores a photo as its sensor saw it and says in EXIF how to turn it (a portrait shot
 * is stored on its side). The derivatives carry no EXIF, so the turn is made in their pixels.
 */
final class Orientation {
    private Orientation() {
    }

    /** The EXIF orientation of a JPEG, 1 to 8; 1 when it says none or cannot be read. */
    static int of(byte[] jpeg) {
        try (ImageInputStream in = new javax.imageio.stream.MemoryCacheImageInputStream(new java.io.ByteArrayInputStream(jpeg))) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (exif.isEmpty()) return 1;
            try (InputStream data = exif.get(0).data()) {
                byte[] bytes = data.readAllBytes();
                int start = 0; // the TIFF header ("II*" or "MM"), after what is left of "Exif\0\0"
                while (start < Math.min(8, bytes.length) && bytes[start] != 'I' && bytes[start] != 'M') start++;
                Directory tiff = new TIFFReader().read(ImageIO.createImageInputStream(
                        new java.io.ByteArrayInputStream(bytes, start, bytes.length - start)));
                Entry e = tiff.getEntryById(TIFF.TAG_ORIENTATION);
                int o = e == null ? 1 : ((Number) e.getValue()).intValue();
                return o >= 1 && o <= 8 ? o : 1;
            }
        } catch (IOException | RuntimeException e) {
            return 1; // a broken EXIF block says nothing; the pixels decide whether the picture is good
        }
    }

    /** The picture turned as its orientation says. */
    static BufferedImage apply(BufferedImage img, int orientation) {
        if (orientation <= 1 || orientation > 8) return img;
        int w = img.getWidth();
        int h = img.getHeight();
        boolean turned = orientation >= 5;
        // where the stored pixel (x, y) is seen: x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0); // mirrored left to right
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h); // mirrored top to bottom
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // mirrored across the diagonal
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0); // turned a quarter clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // mirrored across the other diagonal
            default -> new AffineTransform(0, -1, 1, 0, 0, w); // 8: turned a quarter anticlockwise
        };
        BufferedImage out = new BufferedImage(turned ? h : w, turned ? w : h, img.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(img, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
