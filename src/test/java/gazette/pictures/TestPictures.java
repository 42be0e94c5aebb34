package gazette.pictures;

import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.IFD;
import com.twelvemonkeys.imageio.metadata.tiff.Rational;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFEntry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Real pictures made in the tests, in the shapes newsrooms send: EXIF with GPS, CMYK, 16-bit, palettes, transparency, damage, bombs. */
public final class TestPictures {
    private TestPictures() {
    }

    /** A photo-like picture: a gradient, with a red block in its top-left corner so a turn shows. */
    public static BufferedImage photo(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        for (int x = 0; x < w; x += 8) {
            g.setColor(new Color(40, (x * 200 / w) + 20, 160));
            g.fillRect(x, 0, 8, h);
        }
        g.setColor(Color.RED);
        g.fillRect(0, 0, w / 4, h / 4);
        g.dispose();
        return img;
    }

    public static Path jpeg(Path file, BufferedImage img, boolean progressive) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam p = writer.getDefaultWriteParam();
            if (progressive) p.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(img, null, null), p);
        }
        writer.dispose();
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes.toByteArray());
    }

    /** A JPEG whose EXIF says how to turn it and where it was taken (GPS), as a phone writes it. */
    public static Path jpegWithExif(Path file, BufferedImage img, int orientation) throws IOException {
        jpeg(file, img, false);
        IFD gps = new IFD(List.of(new TIFFEntry(1, "N"), new TIFFEntry(2, new Rational[] {new Rational(51), new Rational(30), new Rational(26)}),
                new TIFFEntry(3, "W"), new TIFFEntry(4, new Rational[] {new Rational(0), new Rational(7), new Rational(39)})));
        List<Entry> entries = List.of(new TIFFEntry(TIFF.TAG_ORIENTATION, TIFF.TYPE_SHORT, (short) orientation),
                new TIFFEntry(TIFF.TAG_GPS_IFD, TIFF.TYPE_LONG, gps));
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(tiff)) {
            new TIFFWriter().write(entries, out);
        }
        byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff.toByteArray());
        byte[] jpeg = Files.readAllBytes(file);
        ByteBuffer app1 = ByteBuffer.allocate(4 + exif.length).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif);
        // right after the start-of-image marker, where cameras put it
        return Files.write(file, concat(new byte[] {jpeg[0], jpeg[1]}, app1.array(), java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length)));
    }

    /** A GPS position as a TIFF block, the form EXIF takes in every format. */
    static byte[] gpsTiff(int orientation) throws IOException {
        IFD gps = new IFD(List.of(new TIFFEntry(1, "N"), new TIFFEntry(2, new Rational[] {new Rational(51), new Rational(30), new Rational(26)}),
                new TIFFEntry(3, "W"), new TIFFEntry(4, new Rational[] {new Rational(0), new Rational(7), new Rational(39)})));
        List<Entry> entries = List.of(new TIFFEntry(TIFF.TAG_ORIENTATION, TIFF.TYPE_SHORT, (short) orientation),
                new TIFFEntry(0x013B, "Jane Secret"), // Artist
                new TIFFEntry(TIFF.TAG_GPS_IFD, TIFF.TYPE_LONG, gps));
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(tiff)) {
            new TIFFWriter().write(entries, out);
        }
        return tiff.toByteArray();
    }

    static final String XMP = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" dc:creator=\"Jane Secret\"/></rdf:RDF></x:xmpmeta>";

    /** A JPEG carrying all a newsroom's metadata: EXIF with GPS and the artist, XMP, IPTC and a comment. */
    public static Path jpegWithEverything(Path file, BufferedImage img, int orientation) throws IOException {
        jpeg(file, img, false);
        byte[] jpeg = Files.readAllBytes(file);
        byte[] exif = segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), gpsTiff(orientation)));
        byte[] xmp = segment(0xE1, concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1), XMP.getBytes(StandardCharsets.UTF_8)));
        // IPTC in a Photoshop resource block: the by-line (2:80)
        byte[] byline = "Jane Secret".getBytes(StandardCharsets.ISO_8859_1);
        byte[] iptc = concat(new byte[] {0x1C, 2, 80, 0, (byte) byline.length}, byline);
        byte[] resource = concat("8BIM".getBytes(StandardCharsets.ISO_8859_1), new byte[] {0x04, 0x04, 0, 0},
                ByteBuffer.allocate(4).putInt(iptc.length).array(), iptc, iptc.length % 2 == 1 ? new byte[] {0} : new byte[0]);
        byte[] app13 = segment(0xED, concat("Photoshop 3.0\0".getBytes(StandardCharsets.ISO_8859_1), resource));
        byte[] comment = segment(0xFE, "Shot by Jane Secret".getBytes(StandardCharsets.ISO_8859_1));
        return Files.write(file, concat(new byte[] {jpeg[0], jpeg[1]}, exif, xmp, app13, comment, java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length)));
    }

    private static byte[] segment(int marker, byte[] data) {
        return ByteBuffer.allocate(4 + data.length).put((byte) 0xFF).put((byte) marker).putShort((short) (data.length + 2)).put(data).array();
    }

    /** A PNG with a text chunk and an EXIF chunk (with GPS) after its header. */
    public static Path pngWithText(Path file, BufferedImage img) throws IOException {
        png(file, img);
        byte[] png = Files.readAllBytes(file);
        int afterHeader = 8 + 12 + 13;
        byte[] text = chunk("tEXt", "Author\0Jane Secret".getBytes(StandardCharsets.ISO_8859_1));
        byte[] exif = chunk("eXIf", gpsTiff(1));
        byte[] itxt = chunk("iTXt", concat("XML:com.adobe.xmp\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1), XMP.getBytes(StandardCharsets.UTF_8)));
        return Files.write(file, concat(java.util.Arrays.copyOf(png, afterHeader), text, exif, itxt, java.util.Arrays.copyOfRange(png, afterHeader, png.length)));
    }

    /** A lossy WebP in the extended form, with EXIF (GPS) and XMP chunks, as editing tools write it. */
    public static Path webpWithExif(Path file, BufferedImage img) throws IOException {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("webp").next();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(encoded)) {
            writer.setOutput(out);
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(param.getCompressionTypes()[0]);
            writer.write(null, new IIOImage(img, null, null), param);
        }
        writer.dispose();
        byte[] simple = encoded.toByteArray();
        byte[] image = java.util.Arrays.copyOfRange(simple, 12, simple.length); // its VP8 chunk
        int w = img.getWidth() - 1;
        int h = img.getHeight() - 1;
        byte[] vp8x = riffChunk("VP8X", new byte[] {0x0C, 0, 0, 0, (byte) w, (byte) (w >> 8), (byte) (w >> 16), (byte) h, (byte) (h >> 8), (byte) (h >> 16)});
        byte[] body = concat("WEBP".getBytes(StandardCharsets.ISO_8859_1), vp8x, image, riffChunk("EXIF", gpsTiff(1)),
                riffChunk("XMP ", XMP.getBytes(StandardCharsets.UTF_8)));
        Files.createDirectories(file.getParent());
        return Files.write(file, concat("RIFF".getBytes(StandardCharsets.ISO_8859_1), littleInt(body.length), body));
    }

    private static byte[] riffChunk(String type, byte[] data) {
        return concat(type.getBytes(StandardCharsets.ISO_8859_1), littleInt(data.length), data, data.length % 2 == 1 ? new byte[] {0} : new byte[0]);
    }

    private static byte[] littleInt(int n) {
        return new byte[] {(byte) n, (byte) (n >> 8), (byte) (n >> 16), (byte) (n >> 24)};
    }

    /** A GIF with a comment block and an XMP application block before its picture. */
    public static Path gifWithComment(Path file, BufferedImage img) throws IOException {
        Files.createDirectories(file.getParent());
        ImageIO.write(img, "gif", file.toFile());
        byte[] gif = Files.readAllBytes(file);
        int at = 13 + ((gif[10] & 0x80) != 0 ? 3 << ((gif[10] & 7) + 1) : 0);
        byte[] secret = "Jane Secret".getBytes(StandardCharsets.ISO_8859_1);
        byte[] comment = concat(new byte[] {0x21, (byte) 0xFE, (byte) secret.length}, secret, new byte[] {0});
        byte[] xmp = XMP.getBytes(StandardCharsets.UTF_8);
        byte[] app = concat(new byte[] {0x21, (byte) 0xFF, 11}, "XMP DataXMP".getBytes(StandardCharsets.ISO_8859_1), new byte[] {(byte) 100},
                java.util.Arrays.copyOf(xmp, 100), new byte[] {(byte) (xmp.length - 100)}, java.util.Arrays.copyOfRange(xmp, 100, xmp.length), new byte[] {0});
        return Files.write(file, concat(java.util.Arrays.copyOf(gif, at), comment, app, java.util.Arrays.copyOfRange(gif, at, gif.length)));
    }

    /** A CMYK JPEG, as print desks send them: four channels, no colour conversion. */
    public static Path cmykJpeg(Path file, int w, int h) throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, w, h, 4, null);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) raster.setPixel(x, y, new int[] {x * 255 / w, 0, y * 255 / h, 30});
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
        }
        writer.dispose();
        // the Adobe segment that says "CMYK, not transformed", as Photoshop and print desks write it
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        byte[] jpeg = bytes.toByteArray();
        Files.createDirectories(file.getParent());
        return Files.write(file, concat(new byte[] {jpeg[0], jpeg[1]}, adobe, java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length)));
    }

    public static Path png(Path file, BufferedImage img) throws IOException {
        Files.createDirectories(file.getParent());
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    /** A picture with a transparent half. */
    public static BufferedImage transparent(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(200, 30, 30, 255));
        g.fillRect(0, 0, w / 2, h);
        g.dispose();
        return img;
    }

    public static BufferedImage sixteenBitGrey(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_USHORT_GRAY);
        WritableRaster r = img.getRaster();
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) r.setSample(x, y, 0, x * 65535 / w);
        return img;
    }

    public static BufferedImage palette(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, w, h / 2);
        g.dispose();
        return img;
    }

    /** A small PNG declaring {@code w} × {@code h} pixels: a valid header, and next to no data. */
    public static Path pngBomb(Path file, int w, int h) throws IOException {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        byte[] png = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, chunk("IHDR", ihdr.array()),
                chunk("IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01}), chunk("IEND", new byte[0]));
        Files.createDirectories(file.getParent());
        return Files.write(file, png);
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(t).put(data).putInt((int) crc.getValue()).array();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
