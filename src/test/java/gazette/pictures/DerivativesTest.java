package gazette.pictures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerivativesTest {
    @TempDir
    Path tmp;

    @Test
    void aPhoneShotIsTurnedUprightScaledAndStrippedOfItsLocation() throws Exception {
        Path shot = TestPictures.jpegWithExif(tmp.resolve("tram.jpg"), TestPictures.photo(2000, 1000), 6);
        assertThat(kinds(ImageMetadataReader.readMetadata(shot.toFile()))).as("the original says where it was taken").contains(GpsDirectory.class);

        PictureInfo info = info(shot, "tram.jpg");
        assertThat(info).isEqualTo(new PictureInfo("jpeg", 1000, 2000, 6, false));
        List<Derivative> made = made(shot, "tram.jpg", info);
        assertThat(made).extracting(d -> d.width() + "x" + d.height() + "." + d.type())
                .containsExactly("240x480.jpg", "240x480.webp", "480x960.jpg", "480x960.webp", "960x1920.jpg", "960x1920.webp", "1000x2000.jpg",
                        "1000x2000.webp");
        for (Derivative d : made) {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(d.bytes()));
            assertThat(img.getWidth()).isEqualTo(d.width());
            assertThat(img.getHeight()).isEqualTo(d.height());
            // stored top left, turned a quarter clockwise: seen top right
            assertThat(red(img.getRGB(d.width() - 4, 4))).as("%s top right", d).isTrue();
            assertThat(red(img.getRGB(4, 4))).as("%s top left", d).isFalse();
            Metadata m = ImageMetadataReader.readMetadata(new ByteArrayInputStream(d.bytes()));
            assertThat(kinds(m)).as("%s carries no metadata", d).doesNotContain(ExifIFD0Directory.class, GpsDirectory.class, XmpDirectory.class, IptcDirectory.class);
        }
    }

    @Test
    void everyExifOrientationIsTurnedAsItSays() {
        BufferedImage stored = TestPictures.photo(40, 20); // red block at the top left
        String[] seenAt = {"top left", "top right", "bottom right", "bottom left", "top left", "top right", "bottom right", "bottom left"};
        for (int o = 1; o <= 8; o++) {
            BufferedImage seen = Orientation.apply(stored, o);
            assertThat(seen.getWidth()).as("orientation %d", o).isEqualTo(o >= 5 ? 20 : 40);
            int w = seen.getWidth() - 1;
            int h = seen.getHeight() - 1;
            String corner = red(seen.getRGB(0, 0)) ? "top left" : red(seen.getRGB(w, 0)) ? "top right" : red(seen.getRGB(w, h)) ? "bottom right"
                    : red(seen.getRGB(0, h)) ? "bottom left" : "none";
            assertThat(corner).as("orientation %d", o).isEqualTo(seenAt[o - 1]);
        }
    }

    @Test
    void widthsAreNeverLargerThanTheOriginal() {
        assertThat(Derivatives.widths(4000)).containsExactly(240, 480, 960, 1600);
        assertThat(Derivatives.widths(1600)).containsExactly(240, 480, 960, 1600);
        assertThat(Derivatives.widths(1200)).containsExactly(240, 480, 960, 1200);
        assertThat(Derivatives.widths(480)).containsExactly(240, 480);
        assertThat(Derivatives.widths(300)).containsExactly(240, 300);
        assertThat(Derivatives.widths(200)).containsExactly(200);
    }

    @Test
    void aLargeOriginalIsSubsampledOnReadingAndComesOutAtTheWidestSize() throws Exception {
        Path big = TestPictures.jpeg(tmp.resolve("big.jpg"), TestPictures.photo(6000, 4000), false);
        List<Derivative> made = made(big, "big.jpg", info(big, "big.jpg"));
        assertThat(made).extracting(d -> d.width() + "x" + d.height()).contains("1600x1067");
        BufferedImage decoded = decoded(big, "big.jpg", info(big, "big.jpg"), 480);
        assertThat(decoded.getWidth()).as("for 480 pixels, read at a sixth of its width, not whole").isEqualTo(1000);
    }

    @Test
    void transparencyIsKeptAsPng() throws Exception {
        Path logo = TestPictures.png(tmp.resolve("logo.png"), TestPictures.transparent(800, 600));
        assertThat(info(logo, "logo.png").alpha()).as("told by the header").isTrue();
        List<Derivative> made = made(logo, "logo.png", info(logo, "logo.png"));
        assertThat(made).extracting(d -> d.width() + "x" + d.height() + "." + d.type())
                .containsExactly("240x180.png", "240x180.webp", "480x360.png", "480x360.webp", "800x600.png", "800x600.webp");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(made.get(4).bytes()));
        assertThat(png.getColorModel().hasAlpha()).isTrue();
        assertThat(png.getRGB(700, 300) >>> 24).as("the right half stays transparent").isZero();
        assertThat(png.getRGB(100, 300) >>> 24).isEqualTo(255);
    }

    @Test
    void theHardKindsDecode() throws Exception {
        List<Path> pictures = List.of(
                TestPictures.cmykJpeg(tmp.resolve("cmyk.jpg"), 640, 400),
                TestPictures.jpeg(tmp.resolve("progressive.jpg"), TestPictures.photo(640, 400), true),
                TestPictures.png(tmp.resolve("sixteen.png"), TestPictures.sixteenBitGrey(640, 400)),
                TestPictures.png(tmp.resolve("palette.png"), TestPictures.palette(640, 400)),
                gif(tmp.resolve("still.gif")),
                webp(tmp.resolve("photo.webp")));
        for (Path p : pictures) {
            String name = p.getFileName().toString();
            PictureInfo info = info(p, name);
            assertThat(info.width()).as(name).isEqualTo(640);
            List<Derivative> made = made(p, name, info);
            assertThat(made).as(name).extracting(Derivative::width).containsExactly(240, 240, 480, 480, 640, 640);
            if (name.equals("cmyk.jpg") || name.equals("progressive.jpg")) {
                assertThat(made.get(0).type()).as(name + ": no transparency read into it").isEqualTo("jpg");
            }
            for (Derivative d : made) assertThat(ImageIO.read(new ByteArrayInputStream(d.bytes()))).as(name + " " + d.type()).isNotNull();
        }
    }

    @Test
    void aWebpIsReadByTheSameReaderEveryTime() throws Exception {
        Path photo = webp(tmp.resolve("opaque.webp"));
        for (int i = 0; i < 5; i++) assertThat(info(photo, "opaque.webp").alpha()).as("an opaque WebP is opaque").isFalse();
        try (var in = ImageIO.createImageInputStream(photo.toFile())) {
            assertThat(PictureInfo.readerFor(in, "opaque.webp").getClass().getName()).startsWith("com.twelvemonkeys.");
        }
    }

    @Test
    void aTruncatedFileIsToldFromItsBytesAloneAndAMotionPhotoIsNot() throws Exception {
        byte[] jpeg = Files.readAllBytes(TestPictures.jpegWithExif(tmp.resolve("exif.jpg"), TestPictures.photo(400, 300), 1));
        assertThat(Whole.problem("jpeg", jpeg)).isNull();
        assertThat(Whole.problem("jpeg", java.util.Arrays.copyOf(jpeg, jpeg.length * 9 / 10))).startsWith("is truncated");
        byte[] motion = TestPictures.concat(jpeg, new byte[4096]); // a phone's video after the picture
        assertThat(Whole.problem("jpeg", motion)).isNull();
        byte[] png = Files.readAllBytes(TestPictures.png(tmp.resolve("p.png"), TestPictures.transparent(100, 100)));
        assertThat(Whole.problem("png", png)).isNull();
        assertThat(Whole.problem("png", java.util.Arrays.copyOf(png, png.length / 2))).startsWith("is truncated");
        byte[] webp = Derivatives.webp(TestPictures.photo(100, 100));
        assertThat(Whole.problem("webp", webp)).isNull();
        assertThat(Whole.problem("webp", java.util.Arrays.copyOf(webp, webp.length - 10))).startsWith("is truncated");
    }

    @Test
    void aBombIsRefusedFromItsHeaderAlone() throws Exception {
        Path bomb = TestPictures.pngBomb(tmp.resolve("bomb.png"), 50_000, 50_000);
        assertThat(Files.size(bomb)).isLessThan(100);
        assertThatThrownBy(() -> info(bomb, "2024/03/bomb.png")).isInstanceOf(BadPicture.class)
                .hasMessage("2024/03/bomb.png: declares 50000 × 50000 pixels, more than the 120 million a picture may have"
                        + " (a decompression bomb, or a scan to be made smaller first)");
    }

    @Test
    void damagedAndForeignFilesAreNamed() throws Exception {
        byte[] noise = new byte[5000];
        new Random(7).nextBytes(noise);
        Path junk = Files.write(tmp.resolve("junk.jpg"), noise);
        assertThatThrownBy(() -> info(junk, "junk.jpg")).isInstanceOf(BadPicture.class)
                .hasMessage("junk.jpg: not a picture Gazette publishes (JPEG, PNG, WebP or GIF)");

        byte[] whole = Files.readAllBytes(TestPictures.jpeg(tmp.resolve("whole.jpg"), TestPictures.photo(800, 600), false));
        Path cut = Files.write(tmp.resolve("cut.jpg"), java.util.Arrays.copyOf(whole, whole.length / 2));
        PictureInfo info = info(cut, "cut.jpg"); // its header is whole
        assertThatThrownBy(() -> made(cut, "cut.jpg", info)).isInstanceOf(BadPicture.class)
                .hasMessageStartingWith("cut.jpg: is truncated or damaged (");

        Path tiff = tmp.resolve("scan.tif");
        ImageIO.write(TestPictures.photo(64, 64), "tiff", tiff.toFile());
        assertThatThrownBy(() -> info(tiff, "scan.tif")).hasMessage("scan.tif: not a picture Gazette publishes (JPEG, PNG, WebP or GIF)");
    }

    private Path gif(Path file) throws Exception {
        BufferedImage img = TestPictures.palette(640, 400);
        ImageIO.write(img, "gif", file.toFile());
        return file;
    }

    private Path webp(Path file) throws Exception {
        return Files.write(file, Derivatives.webp(TestPictures.photo(640, 400)));
    }

    private static boolean red(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return r > 180 && g < 80 && b < 80;
    }

    private static List<Class<?>> kinds(Metadata m) {
        List<Class<?>> out = new java.util.ArrayList<>();
        for (Directory d : m.getDirectories()) out.add(d.getClass());
        return out;
    }

    // the build reads each picture's bytes once and hands them on; so do these tests
    private static PictureInfo info(Path file, String name) throws Exception {
        return PictureInfo.of(java.nio.file.Files.readAllBytes(file), name);
    }

    private static List<Derivative> made(Path file, String name, PictureInfo info) throws Exception {
        return Derivatives.of(java.nio.file.Files.readAllBytes(file), name, info);
    }

    private static BufferedImage decoded(Path file, String name, PictureInfo info, int widest) throws Exception {
        return Derivatives.decode(java.nio.file.Files.readAllBytes(file), name, info, widest);
    }
}
