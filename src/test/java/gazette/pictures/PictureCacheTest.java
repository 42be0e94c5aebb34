package gazette.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The derivatives kept beside the build state: made once, kept through clean builds, removed with their picture. */
class PictureCacheTest {
    static final String TRAM = "2024/03/07/council-approves-tram-line/";

    @TempDir
    Path tmp;

    private Fixture site;
    private Path cache;

    @BeforeEach
    void archive() throws Exception {
        site = new Fixture(tmp);
        cache = site.out.resolveSibling("." + site.out.getFileName() + ".gazette-pictures");
        site.article("2024/03/tram.md", "The council voted.\n\n![A test tram](tram.jpg \"The new tram\")", "title: Council approves tram line", "date: 2024-03-07");
        TestPictures.jpeg(site.content.resolve("2024/03/tram.jpg"), TestPictures.photo(1200, 800), false);
        site.article("2024/03/logo.md", "![logo](logo.png)", "title: Logo", "date: 2024-03-08");
        TestPictures.png(site.content.resolve("2024/03/logo.png"), TestPictures.transparent(300, 300));
    }

    @Test
    void picturesAreMadeOnceAndACleanBuildOrALostSiteTakesThemFromTheCache() throws Exception {
        Fixture.Run first = site.build();
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("pictures: 2 (2 made, the rest from the cache)");
        List<Path> entries = entries();
        assertThat(entries).hasSize(2);
        Map<Path, FileTime> times = times(cache);
        Map<String, String> published = Fixture.snapshot(site.out);

        Fixture.Run clean = site.build("--clean");
        assertThat(clean.exit()).as(clean.err()).isZero();
        assertThat(clean.out()).contains("pictures: 2 (0 made, the rest from the cache)");

        // the site itself gone: the cache is beside it, not in it
        deleteTree(site.out);
        Fixture.Run lost = site.build();
        assertThat(lost.exit()).as(lost.err()).isZero();
        assertThat(lost.out()).contains("pictures: 2 (0 made");
        assertThat(Fixture.snapshot(site.out)).isEqualTo(published);
        Map<Path, FileTime> after = times(cache);
        after.keySet().removeIf(p -> p.getFileName().toString().startsWith("probes"));
        times.keySet().removeIf(p -> p.getFileName().toString().startsWith("probes"));
        assertThat(after).as("no derivative made again").isEqualTo(times);
        try (Stream<Path> s = Files.walk(site.out)) {
            assertThat(s.filter(p -> p.toString().contains("gazette-pictures") || p.getFileName().toString().equals("probes"))).as("nothing of the cache is published").isEmpty();
        }
    }

    @Test
    void aPictureNoLongerShownLeavesTheCacheAndSoDoesWhatAKilledBuildHalfWrote() throws Exception {
        assertThat(site.build().exit()).isZero();
        Path half = Files.createDirectories(cache.resolve("00000000000000aa.part-1"));
        Files.write(half.resolve("240.jpg"), new byte[] {1, 2, 3});
        Path halfOriginal = Files.write(cache.resolve("00000000000000aa.original.part-1"), new byte[] {1, 2, 3});
        site.article("2024/03/logo.md", "No picture now.", "title: Logo", "date: 2024-03-08");
        Fixture.Run r = site.build();
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("pictures: 1 (0 made");
        assertThat(entries()).hasSize(1);
        assertThat(half).doesNotExist();
        assertThat(halfOriginal).doesNotExist();
        String src = site.page(TRAM).selectFirst("figure.picture img").attr("src");
        assertThat(src).contains(entries().get(0).getFileName().toString());
    }

    @Test
    void aChangedPictureIsMadeAgainAndOneTouchedButTheSameIsNot() throws Exception {
        assertThat(site.build().exit()).isZero();
        Path tram = site.content.resolve("2024/03/tram.jpg");
        Files.setLastModifiedTime(tram, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Fixture.Run touched = site.build();
        assertThat(touched.exit()).as(touched.err()).isZero();
        assertThat(touched.out()).contains("pictures: 2 (0 made");

        TestPictures.jpeg(tram, TestPictures.photo(900, 600), false);
        Files.setLastModifiedTime(tram, FileTime.fromMillis(System.currentTimeMillis() - 30_000));
        Fixture.Run changed = site.build();
        assertThat(changed.exit()).as(changed.err()).isZero();
        assertThat(changed.out()).contains("pictures: 2 (1 made");
        assertThat(site.page(TRAM).selectFirst("figure.picture img").attr("width")).isEqualTo("900");
        assertThat(entries()).hasSize(2);
    }

    @Test
    void aPictureOfTheSameSizeAndTimeIsNotReadAgainUnlessTheBuildIsClean() throws Exception {
        Path tram = site.content.resolve("2024/03/tram.jpg");
        Files.setLastModifiedTime(tram, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        assertThat(site.build().exit()).isZero();
        // as with articles, size and time say a file is unchanged: bytes swapped behind them are not seen
        FileTime time = Files.getLastModifiedTime(tram);
        Files.write(tram, new byte[(int) Files.size(tram)]);
        Files.setLastModifiedTime(tram, time);
        site.article("2024/03/other.md", "Another story.", "title: Another story", "date: 2024-03-09");
        Fixture.Run incremental = site.build();
        assertThat(incremental.exit()).as(incremental.err()).isZero();
        assertThat(site.page(TRAM).select("figure.picture img")).hasSize(1);

        Fixture.Run clean = site.build("--clean");
        assertThat(clean.exit()).isEqualTo(1);
        assertThat(clean.err()).contains(site.content.resolve("2024/03/tram.md") + ":7: picture 'tram.jpg' cannot be published: " + tram);
    }

    @Test
    void anOriginalIsKeptInTheCacheWhenItsPicturesDerivativesAreMadeAgain() throws Exception {
        site.settings("publish_originals: true\n");
        assertThat(site.build().exit()).isZero();
        Path entry = entries().get(0);
        assertThat(entry.resolve("original")).exists();
        FileTime made = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        Files.setLastModifiedTime(entry.resolve("original"), made);
        Files.delete(entry.resolve("240.webp"));
        deleteTree(site.out);
        Fixture.Run r = site.build();
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("pictures: 2 (1 made");
        assertThat(entry.resolve("240.webp")).exists();
        assertThat(Files.getLastModifiedTime(entry.resolve("original"))).as("the same file, kept through the entry's remaking").isEqualTo(made);
        assertThat(Fixture.snapshot(site.out)).isEqualTo(site.reference());
    }

    @Test
    void aPictureIsMadeOnlyFromTheBytesItsFingerprintWasTakenOf() throws Exception {
        Path tram = site.content.resolve("2024/03/tram.jpg");
        byte[] bytes = Files.readAllBytes(tram);
        PictureInfo info = PictureInfo.of(bytes, "tram.jpg");
        Pictures.Published taken = new Pictures.Published("2024/03/tram.jpg", info, PictureScan.key(bytes), List.of(), null);
        assertThat(PictureScan.bytes(site.content, taken)).isEqualTo(bytes);
        TestPictures.jpeg(tram, TestPictures.photo(900, 600), false); // saved again between the reading and the making
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PictureScan.bytes(site.content, taken)).isInstanceOf(BadPicture.class)
                .hasMessage(tram + ": changed while the build was reading it (build again)");
    }

    @Test
    void aCacheThatIsNotOursIsReadAgainNotBelieved() throws Exception {
        assertThat(site.build().exit()).isZero();
        Files.write(cache.resolve("probes"), "not a picture cache at all".getBytes());
        Fixture.Run r = site.build("--clean");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(site.page(TRAM).selectFirst("figure.picture img").attr("width")).isEqualTo("1200");
        // a derivative lost from the cache: that picture is made again, whole
        try (Stream<Path> s = Files.walk(entries().get(0))) {
            Files.delete(s.filter(Files::isRegularFile).findFirst().orElseThrow());
        }
        deleteTree(site.out);
        Fixture.Run again = site.build();
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("pictures: 2 (1 made");
        assertThat(Fixture.snapshot(site.out)).isEqualTo(site.reference());
    }

    @Test
    void aPictureDamagedWithinItsDataIsItsArticlesProblemFoundBeforeAnyPage() throws Exception {
        assertThat(site.build().exit()).isZero();
        Map<String, String> before = Fixture.snapshot(site.out);
        Path tram = site.content.resolve("2024/03/tram.jpg");
        byte[] whole = Files.readAllBytes(tram);
        // cut in the middle, yet still ending as a JPEG ends: only decoding its pixels finds it
        byte[] cut = Arrays.copyOf(Arrays.copyOf(whole, whole.length / 2), whole.length / 2 + 2);
        cut[cut.length - 2] = (byte) 0xFF;
        cut[cut.length - 1] = (byte) 0xD9;
        Files.write(tram, cut);
        Fixture.Run r = site.build();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().toList()).first().asString()
                .startsWith(site.content.resolve("2024/03/tram.md") + ":7: picture 'tram.jpg' cannot be published: " + tram + ": ");
        assertThat(r.err()).endsWith("build failed: 1 problem; " + site.out + " was not changed\n");
        assertThat(Fixture.snapshot(site.out)).isEqualTo(before);

        Fixture.Run kept = site.build("--keep-going");
        assertThat(kept.exit()).isEqualTo(1);
        assertThat(kept.err()).endsWith("published without a picture: 1 article (listed above)\n");
        Document page = site.page(TRAM);
        assertThat(page.select(".story img")).isEmpty();
        assertThat(page.select(".body p").eachText()).contains("The council voted.");
    }

    private List<Path> entries() throws Exception {
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static Map<Path, FileTime> times(Path dir) throws Exception {
        Map<Path, FileTime> out = new HashMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(p, Files.getLastModifiedTime(p));
        }
        return out;
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
