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
