package gazette.pictures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Originals published without their metadata: read back with an independent parser, and their pixels unchanged. */
class OriginalsTest {
    @TempDir
    Path tmp;

    @Test
    void aJpegKeepsItsPixelsAndItsOrientationAndLosesItsExifGpsXmpIptcAndComment() throws Exception {
        Path file = TestPictures.jpegWithEverything(tmp.resolve("a.jpg"), TestPictures.photo(320, 200), 6);
        assertThat(everything(Files.readAllBytes(file))).as("the test picture does carry it all").contains("Jane Secret");
        byte[] stripped = strip(file);
        Metadata m = ImageMetadataReader.readMetadata(new ByteArrayInputStream(stripped));
        assertThat(everything(stripped)).doesNotContain("Jane Secret");
        assertThat(m.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        ExifIFD0Directory ifd0 = m.getFirstDirectoryOfType(ExifIFD0Directory.class);
        assertThat(ifd0.getTags()).extracting(Tag::getTagType).containsExactly(ExifIFD0Directory.TAG_ORIENTATION);
        assertThat(ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION)).as("still turned upright by the browser").isEqualTo(6);
        assertThat(PictureInfo.of(stripped, "a.jpg").width()).as("read as turned").isEqualTo(200);
        assertSamePixels(file, stripped);

        // upright: no EXIF block at all
        Path upright = TestPictures.jpegWithEverything(tmp.resolve("b.jpg"), TestPictures.photo(320, 200), 1);
        assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(strip(upright))).getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
    }

    @Test
    void aProgressiveJpegLosesWhatStandsBetweenItsScansAndAfterItsEndAndAJfifThumbnail() throws Exception {
        Path file = TestPictures.jpeg(tmp.resolve("p.jpg"), TestPictures.photo(320, 200), true);
        byte[] jpeg = Files.readAllBytes(file);
        int secondScan = indexOf(jpeg, new byte[] {(byte) 0xFF, (byte) 0xDA}, indexOf(jpeg, new byte[] {(byte) 0xFF, (byte) 0xDA}, 0) + 2);
        assertThat(secondScan).as("progressive: more than one scan").isPositive();
        byte[] secret = "Jane Secret".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] comment = TestPictures.concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, (byte) (secret.length + 2)}, secret);
        byte[] app1 = TestPictures.concat(new byte[] {(byte) 0xFF, (byte) 0xE1, 0, (byte) (secret.length + 2)}, secret);
        // a JFIF header carrying a 1 × 1 thumbnail, and a JFXX thumbnail segment
        byte[] jfif = {(byte) 0xFF, (byte) 0xE0, 0, 19, 'J', 'F', 'I', 'F', 0, 1, 2, 0, 0, 1, 0, 1, 1, 1, 9, 9, 9};
        byte[] jfxx = TestPictures.concat(new byte[] {(byte) 0xFF, (byte) 0xE0, 0, (byte) (secret.length + 7), 'J', 'F', 'X', 'X', 0}, secret);
        int firstSegment = 2;
        if ((jpeg[3] & 0xFF) == 0xE0) firstSegment = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF)); // the writer's own JFIF: replaced
        byte[] trailer = TestPictures.concat("ftypmp42 motion photo video ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), secret);
        byte[] doctored = TestPictures.concat(new byte[] {jpeg[0], jpeg[1]}, jfif, jfxx, java.util.Arrays.copyOfRange(jpeg, firstSegment, secondScan),
                comment, app1, java.util.Arrays.copyOfRange(jpeg, secondScan, jpeg.length), trailer);
        Files.write(file, doctored);
        byte[] stripped = strip(file);
        String text = new String(stripped, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("Jane Secret").doesNotContain("JFXX").doesNotContain("motion photo");
        assertThat(stripped[stripped.length - 2] & 0xFF).isEqualTo(0xFF);
        assertThat(stripped[stripped.length - 1] & 0xFF).as("it ends at its end marker").isEqualTo(0xD9);
        assertThat(java.util.Arrays.copyOfRange(stripped, 2, 22)).as("the JFIF header, without its thumbnail")
                .isEqualTo(new byte[] {(byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 2, 0, 0, 1, 0, 1, 0, 0, jpeg[firstSegment], jpeg[firstSegment + 1]});
        assertSamePixels(file, stripped);
    }

    @Test
    void aCmykJpegKeepsTheAdobeSegmentItIsReadBy() throws Exception {
        Path file = TestPictures.cmykJpeg(tmp.resolve("c.jpg"), 120, 80);
        byte[] stripped = strip(file);
        assertThat(stripped).isEqualTo(Files.readAllBytes(file)); // nothing in it to take out
        assertSamePixels(file, stripped);
    }

    @Test
    void aPngLosesItsTextAndExifChunksAndKeepsItsTransparency() throws Exception {
        Path file = TestPictures.pngWithText(tmp.resolve("d.png"), TestPictures.transparent(90, 60));
        assertThat(everything(Files.readAllBytes(file))).contains("Jane Secret");
        byte[] stripped = strip(file);
        assertThat(everything(stripped)).doesNotContain("Jane Secret");
        assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(stripped)).getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        assertThat(new String(stripped, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("tEXt").doesNotContain("eXIf").doesNotContain("iTXt");
        assertSamePixels(file, stripped);
        assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void aWebpLosesItsExifAndXmpChunksAndNoLongerAnnouncesThem() throws Exception {
        Path file = TestPictures.webpWithExif(tmp.resolve("e.webp"), TestPictures.photo(100, 70));
        // and a chunk of a kind no browser draws from, after the picture
        byte[] webp = Files.readAllBytes(file);
        byte[] unknown = TestPictures.concat("ABCD".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), new byte[] {11, 0, 0, 0},
                "Jane Secret".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), new byte[] {0});
        webp = TestPictures.concat(webp, unknown);
        java.nio.ByteBuffer.wrap(webp, 4, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(webp.length - 8);
        Files.write(file, webp);
        assertThat(everything(Files.readAllBytes(file))).contains("Jane Secret");
        byte[] stripped = strip(file);
        assertThat(everything(stripped)).doesNotContain("Jane Secret");
        String text = new String(stripped, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("EXIF").doesNotContain("XMP ").doesNotContain("ABCD");
        assertThat(stripped[12 + 8] & 0x0C).as("the VP8X flags for EXIF and XMP").isZero();
        assertThat(java.nio.ByteBuffer.wrap(stripped, 4, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt()).isEqualTo(stripped.length - 8);
        assertSamePixels(file, stripped);
    }

    @Test
    void aGifLosesItsCommentAndXmpBlocks() throws Exception {
        Path file = TestPictures.gifWithComment(tmp.resolve("f.gif"), TestPictures.palette(60, 40));
        // a looping block with more after its count, and a plain-text block, before the picture
        byte[] gif = Files.readAllBytes(file);
        int at = 13 + ((gif[10] & 0x80) != 0 ? 3 << ((gif[10] & 7) + 1) : 0);
        byte[] loop = TestPictures.concat(new byte[] {0x21, (byte) 0xFF, 11}, "NETSCAPE2.0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                new byte[] {3, 1, 0, 0, 11}, "Jane Secret".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), new byte[] {0});
        byte[] plain = TestPictures.concat(new byte[] {0x21, 0x01, 12, 0, 0, 0, 0, 10, 0, 10, 0, 8, 8, 1, 0, 11},
                "Jane Secret".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), new byte[] {0});
        Files.write(file, TestPictures.concat(java.util.Arrays.copyOf(gif, at), loop, plain, java.util.Arrays.copyOfRange(gif, at, gif.length)));
        assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1)).contains("Jane Secret");
        byte[] stripped = strip(file);
        assertThat(new String(stripped, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Jane Secret").doesNotContain("XMP DataXMP")
                .as("the looping stays").contains("NETSCAPE2.0\u0003\u0001\u0000\u0000\u0000");
        assertThat(Whole.problem("gif", stripped)).isNull();
        assertSamePixels(file, stripped);
    }

    @Test
    void blocksThatRunPastTheEndAreABadPictureNotACrash() throws Exception {
        Path file = TestPictures.pngWithText(tmp.resolve("g.png"), TestPictures.transparent(30, 30));
        byte[] bytes = Files.readAllBytes(file);
        bytes[33] = (byte) 0x7F; // the text chunk's length, far past the end
        PictureInfo info = PictureInfo.of(Files.readAllBytes(file), "g.png");
        assertThatThrownBy(() -> Originals.stripped(info, bytes)).isInstanceOf(BadPicture.class).hasMessageContaining("past its end");
    }

    private static int indexOf(byte[] b, byte[] what, int from) {
        outer:
        for (int i = from; i + what.length <= b.length; i++) {
            for (int k = 0; k < what.length; k++) if (b[i + k] != what[k]) continue outer;
            return i;
        }
        return -1;
    }

    private static byte[] strip(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        return Originals.stripped(PictureInfo.of(bytes, file.toString()), bytes);
    }

    /** Every tag an independent metadata parser finds, as text. */
    private static String everything(byte[] picture) throws Exception {
        List<String> all = new ArrayList<>();
        for (Directory d : ImageMetadataReader.readMetadata(new ByteArrayInputStream(picture)).getDirectories()) {
            for (Tag t : d.getTags()) all.add(d.getName() + " " + t.getTagName() + "=" + t.getDescription());
        }
        return String.join("\n", all);
    }

    private static void assertSamePixels(Path original, byte[] stripped) throws Exception {
        BufferedImage a = ImageIO.read(original.toFile());
        BufferedImage b = ImageIO.read(new ByteArrayInputStream(stripped));
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        assertThat(b.getHeight()).isEqualTo(a.getHeight());
        assertThat(b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth())).isEqualTo(a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth()));
    }
}
