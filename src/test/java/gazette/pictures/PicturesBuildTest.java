package gazette.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import gazette.testing.Fixture;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pictures beside articles, through a whole build: figures, derivatives on disk, privacy, incremental builds, errors. */
class PicturesBuildTest {
    static final String TRAM = "2024/03/07/council-approves-tram-line/";

    @TempDir
    Path tmp;

    private Fixture site;

    @BeforeEach
    void archive() throws Exception {
        site = new Fixture(tmp);
        site.article("2024/03/tram.md", "The council voted.\n\n![A test tram](tram.jpg \"The new tram & its crew, on the first run\")\n\n"
                + "With the city's ![logo](logo.png) on its side.", "title: Council approves tram line", "date: 2024-03-07");
        TestPictures.jpegWithExif(site.content.resolve("2024/03/tram.jpg"), TestPictures.photo(2000, 1400), 1);
        TestPictures.png(site.content.resolve("2024/03/logo.png"), TestPictures.transparent(300, 300));
        site.article("2024/03/ferry/index.md", "Late again.\n\n![The ferry](ferry%20at%20dawn.jpg)", "title: Ferry delays", "date: 2024-03-08");
        TestPictures.jpeg(site.content.resolve("2024/03/ferry/ferry at dawn.jpg"), TestPictures.photo(1200, 800), false);
    }

    @Test
    void aPictureAloneInItsParagraphIsAFigureWithEveryWidthAndItsSize() throws Exception {
        Fixture.Run r = site.build();
        assertThat(r.exit()).as(r.err()).isZero();
        Document page = site.page(TRAM);
        Element figure = page.selectFirst(".story figure.picture");
        assertThat(figure).isNotNull();
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("The new tram & its crew, on the first run");
        Element img = figure.selectFirst("picture > img");
        assertThat(img.attr("alt")).isEqualTo("A test tram");
        assertThat(img.attr("width")).isEqualTo("2000");
        assertThat(img.attr("height")).isEqualTo("1400");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.attr("decoding")).isEqualTo("async");
        assertThat(img.hasAttr("title")).as("the title is the caption").isFalse();
        assertDerivatives(img.attr("srcset"), List.of(240, 480, 960, 1600), "image/jpeg");
        assertDerivatives(figure.selectFirst("picture > source[type=image/webp]").attr("srcset"), List.of(240, 480, 960, 1600), "webp");
        assertThat(site.out.resolve(img.attr("src").substring(1))).exists();

        // a picture within a line of text stays in it, and keeps its transparency as PNG
        Element logo = page.selectFirst(".story p picture img[alt=logo]");
        assertThat(logo).isNotNull();
        assertDerivatives(logo.attr("srcset"), List.of(240, 300), "png");

        // a name with an ampersand, written as an entity: read back as the file's name
        site.article("2024/03/quay.md", "![Fish &amp; chips](fish&amp;chips.png)", "title: Quay", "date: 2024-03-10");
        TestPictures.png(site.content.resolve("2024/03/fish&chips.png"), TestPictures.transparent(300, 200));
        assertThat(site.build().exit()).isZero();
        assertThat(site.page("2024/03/10/quay/").selectFirst("figure.picture img").attr("alt")).isEqualTo("Fish & chips");

        // a folder per article, and an address with an escaped space
        Element ferry = site.page("2024/03/08/ferry-delays/").selectFirst("figure.picture img");
        assertThat(ferry.attr("width")).isEqualTo("1200");
        assertDerivatives(ferry.attr("srcset"), List.of(240, 480, 960, 1200), "image/jpeg");
    }

    @Test
    void theLeadPictureStandsAboveTheHeadlineAndIsWhatSocialSitesAndSearchEnginesShow() throws Exception {
        site.settings("base_url: https://example.org/news/\n");
        site.article("2024/03/pier.md", "The pier opened.", "title: Pier opens", "date: 2024-03-09", "image: pier.jpg",
                "caption: The new pier at dusk", "credit: 'Photo: Ann Reed'");
        TestPictures.jpegWithExif(site.content.resolve("2024/03/pier.jpg"), TestPictures.photo(2400, 1600), 1);
        Fixture.Run r = site.build();
        assertThat(r.exit()).as(r.err()).isZero();
        Document page = site.page("2024/03/09/pier-opens/");
        Element lead = page.selectFirst("article.story > figure.picture.lead");
        assertThat(lead).isNotNull();
        assertThat(lead.nextElementSibling().tagName()).as("above the headline").isEqualTo("header");
        Element img = lead.selectFirst("picture > img");
        assertThat(img.attr("fetchpriority")).isEqualTo("high");
        assertThat(img.hasAttr("loading")).as("the first thing seen is not lazy").isFalse();
        assertThat(img.attr("alt")).isEqualTo("The new pier at dusk");
        assertThat(img.attr("width") + "x" + img.attr("height")).isEqualTo("2400x1600");
        assertThat(lead.selectFirst("figcaption").text()).isEqualTo("The new pier at dusk Photo: Ann Reed");
        assertThat(lead.selectFirst("figcaption .credit").text()).isEqualTo("Photo: Ann Reed");
        assertDerivatives(img.attr("srcset"), List.of(240, 480, 960, 1600), "image/jpeg");

        String og = page.selectFirst("meta[property=og:image]").attr("content");
        assertThat(og).startsWith("https://example.org/news/pictures/").endsWith("/pier-1600.jpg");
        assertThat(page.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("1600");
        assertThat(page.selectFirst("meta[property=og:image:height]").attr("content")).isEqualTo("1067");
        assertThat(ImageIO.read(site.out.resolve(og.substring("https://example.org/news/".length())).toFile()).getWidth()).isEqualTo(1600);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(json.get("image").get(0).get("@type").asText()).isEqualTo("ImageObject");
        assertThat(json.get("image").get(0).get("url").asText()).isEqualTo(og);
        assertThat(json.get("image").get(0).get("width").asInt()).isEqualTo(1600);
        assertThat(json.get("image").get(0).get("height").asInt()).isEqualTo(1067);

        // in listings, small: the headline beside it says what it shows
        // on the front page, the top story's picture runs large, the first thing seen
        Element top = site.page("").selectFirst(".lead > .teaser.with-thumb:first-child .lead-picture picture img");
        assertThat(top).as("the front page's top story").isNotNull();
        assertThat(top.attr("sizes")).isEqualTo("(min-width: 64rem) 38rem, calc(100vw - 2rem)");
        assertThat(top.attr("fetchpriority")).isEqualTo("high");
        assertThat(top.hasAttr("loading")).isFalse();
        assertThat(top.parent().selectFirst("source").attr("sizes")).isEqualTo(top.attr("sizes"));
        assertThat(top.closest(".teaser").selectFirst("h2 a").text()).isEqualTo("Pier opens");
        for (String listing : List.of("2024/03/09/", "2024/03/")) {
            Element thumb = site.page(listing).selectFirst(".teaser.with-thumb .thumb picture img");
            if (listing.equals("2024/03/")) {
                assertThat(thumb).as("a month's calendar lists no teasers").isNull();
                continue;
            }
            assertThat(thumb).as("listing '%s'", listing).isNotNull();
            assertThat(thumb.attr("alt")).isEmpty();
            assertThat(thumb.attr("loading")).isEqualTo("lazy");
            assertThat(thumb.attr("sizes")).isEqualTo("6rem");
            assertThat(thumb.attr("srcset")).startsWith("/news/pictures/").contains("/pier-240.jpg 240w");
            assertThat(thumb.closest(".teaser").selectFirst("h2 a").text()).isEqualTo("Pier opens");
        }
        // and in search results: the docs give the thumbnail's addresses under the root, and its size
        var docs = new com.fasterxml.jackson.databind.ObjectMapper().readTree(site.file("search/docs-0.json"));
        for (var doc : docs) {
            boolean pier = doc.get(0).asText().equals("Pier opens");
            assertThat(doc.size()).as("only an article with a lead picture has a thumbnail: %s", doc).isEqualTo(pier ? 6 : 5);
            if (!pier) continue;
            var thumb = doc.get(5);
            assertThat(thumb.get(0).asText()).startsWith("pictures/").endsWith("/pier-240.jpg");
            assertThat(site.out.resolve(thumb.get(0).asText())).exists();
            assertThat(thumb.get(1).asText()).isEqualTo(img.attr("srcset").replace("/news/", ""));
            assertThat(thumb.get(2).asText()).endsWith("/pier-1600.webp 1600w");
            assertThat(thumb.get(3).asInt() + "x" + thumb.get(4).asInt()).isEqualTo("2400x1600");
        }
        Path smallest = site.out.resolve(page.selectFirst(".thumb img, figure.lead img").attr("srcset").split(" ")[0].replaceFirst("^/news/", ""));
        assertThat(Files.size(smallest)).as("a thumbnail weighs little").isLessThan(15_000);

        site.article("2024/03/pier.md", "The pier opened.", "title: Pier opens", "date: 2024-03-09", "image: piers.jpg");
        Fixture.Run missing = site.build();
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).startsWith(site.content.resolve("2024/03/pier.md") + ":4: picture 'piers.jpg' not found\n");
    }

    @Test
    void aTextArticlesPicturesAreTheFilesNamedAsItIsAndTakeItsCaptionsAndCredits() throws Exception {
        site.settings("base_url: https://example.org/\n");
        site.write("scraped/000_ab12.txt", """
                 date 2024-03-07\s
                City council approves tram line linking harbour and airport: officials

                The city council on Thursday approved a tram line that will connect the harbour with the airport, officials said.
                IC

                A test tram runs on a depot track in the eastern suburbs, March 5.

                Construction is expected to begin in June.

                Source: Eastern Daily   Editor: Wang Lei
                """);
        TestPictures.jpeg(site.content.resolve("scraped/000_ab12-1.jpg"), TestPictures.photo(1600, 900), false);
        TestPictures.jpeg(site.content.resolve("scraped/000_ab12-2.jpg"), TestPictures.photo(800, 600), false);
        Fixture.Run r = site.build();
        assertThat(r.exit()).as(r.err()).isZero();
        Document page = site.page("2024/03/07/city-council-approves-tram-line-linking-harbour-and-airport-officials/");
        List<Element> figures = page.select(".story .body figure.photo");
        assertThat(figures).hasSize(2);
        Element first = figures.get(0);
        assertThat(first.selectFirst("figcaption").text()).isEqualTo("A test tram runs on a depot track in the eastern suburbs, March 5. IC");
        assertThat(first.selectFirst("figcaption .credit").text()).isEqualTo("IC");
        assertThat(first.selectFirst("picture img").attr("alt")).isEqualTo("A test tram runs on a depot track in the eastern suburbs, March 5.");
        assertThat(first.selectFirst("picture img").attr("srcset")).contains("/000-ab12-1-1600.jpg 1600w");
        // the second has no photo block in the text: it follows the text, and no caption is made up for it
        Element second = figures.get(1);
        assertThat(second.selectFirst("figcaption")).isNull();
        assertThat(second.selectFirst("picture img").attr("srcset")).contains("/000-ab12-2-800.jpg 800w");
        assertThat(second.selectFirst("picture img").attr("alt")).isEmpty();
        // the first picture is the one social sites show, and the listings' thumbnail
        assertThat(page.selectFirst("meta[property=og:image]").attr("content")).startsWith("https://example.org/pictures/").endsWith("/000-ab12-1-1600.jpg");
        assertThat(page.selectFirst("article.story > figure.lead")).as("no lead figure above the headline: the picture is in the body").isNull();
        assertThat(site.page("2024/03/07/").select(".teaser.with-thumb h2 a").eachText()).contains("City council approves tram line linking harbour and airport: officials");

        Files.delete(site.content.resolve("scraped/000_ab12-2.jpg"));
        assertThat(site.build().exit()).isZero();
        assertThat(site.page("2024/03/07/city-council-approves-tram-line-linking-harbour-and-airport-officials/").select(".story .body figure.photo")).hasSize(1);
        Map<String, String> now = Fixture.snapshot(site.out);
        Map<String, String> clean = site.reference();
        java.util.Set<String> differ = new java.util.TreeSet<>();
        for (String k : now.keySet()) if (!now.get(k).equals(clean.get(k))) differ.add(k);
        for (String k : clean.keySet()) if (!now.containsKey(k)) differ.add("missing " + k);
        assertThat(differ).as("the incremental build equals a clean one").isEmpty();
    }

    @Test
    void theSamePhotoBesideTwoArticlesIsPublishedOnce() throws Exception {
        java.nio.file.Files.copy(site.content.resolve("2024/03/tram.jpg"), site.content.resolve("2024/03/ferry/tram.jpg"));
        site.article("2024/03/ferry/index.md", "Late again.\n\n![The tram too](tram.jpg)", "title: Ferry delays", "date: 2024-03-08");
        Fixture.Run r = site.build();
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(site.page("2024/03/08/ferry-delays/").selectFirst("figure.picture img").attr("src"))
                .isEqualTo(site.page(TRAM).selectFirst("figure.picture img").attr("src"));
    }

    @Test
    void aTruncatedPictureOrOneThroughASymbolicLinkIsAProblemOfItsArticleAndKeepGoingPublishesItWithout() throws Exception {
        byte[] whole = Files.readAllBytes(site.content.resolve("2024/03/tram.jpg"));
        Files.write(site.content.resolve("2024/03/tram.jpg"), java.util.Arrays.copyOf(whole, whole.length * 9 / 10));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        TestPictures.jpeg(elsewhere.resolve("p.jpg"), TestPictures.photo(300, 200), false);
        Files.createSymbolicLink(site.content.resolve("2024/03/_ext"), elsewhere);
        site.write("2024/03/linked.md", "---\ntitle: Linked\ndate: 2024-03-09\n---\n![x](_ext/p.jpg)\n");
        Fixture.Run r = site.build("--keep-going");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(site.content.resolve("2024/03/linked.md") + ":5: picture '_ext/p.jpg' cannot be published: "
                + site.content.resolve("2024/03/_ext/p.jpg") + ": reached through a symbolic link, which is not followed")
                .contains(site.content.resolve("2024/03/tram.md") + ":7: picture 'tram.jpg' cannot be published: "
                        + site.content.resolve("2024/03/tram.jpg") + ": is truncated");
        assertThat(r.err()).endsWith("published without a picture: 2 articles (listed above)\n");
        assertThat(site.exists("2024/03/08/ferry-delays/")).as("the good articles are published").isTrue();
        // and the others without their pictures: nothing links to a picture that is not there
        Document linked = site.page("2024/03/09/linked/");
        assertThat(linked.select(".story img")).isEmpty();
        Document tram = site.page(TRAM);
        assertThat(tram.select(".body figure.picture")).isEmpty();
        assertThat(tram.select(".body img[src$=tram.jpg]")).isEmpty();
        assertThat(tram.select(".body p").eachText()).contains("The council voted.");
        assertThat(tram.select(".body picture img[alt=logo]")).as("its other picture is there").hasSize(1);
        try (Stream<Path> s = Files.walk(site.out)) {
            assertThat(s.filter(p -> p.getFileName().toString().startsWith("p-"))).as("nothing from outside the content folder").isEmpty();
        }
    }

    @Test
    void nothingOfTheOriginalsIsPublished() throws Exception {
        assertThat(site.build().exit()).isZero();
        List<Path> files = files();
        assertThat(files).noneMatch(p -> p.getFileName().toString().equals("tram.jpg") || p.getFileName().toString().equals("logo.png"));
        List<Path> pictures = files.stream().filter(p -> p.toString().contains("/pictures/")).toList();
        assertThat(pictures).hasSize(2 * 4 + 2 * 2 + 2 * 4);
        for (Path p : pictures) {
            var m = ImageMetadataReader.readMetadata(p.toFile());
            assertThat(m.getFirstDirectoryOfType(GpsDirectory.class)).as("%s: no location", p).isNull();
            assertThat(m.getFirstDirectoryOfType(ExifIFD0Directory.class)).as("%s: no EXIF", p).isNull();
        }
    }

    @Test
    void withPublishOriginalsEachFigureLinksToItsOriginalWithoutItsMetadata() throws Exception {
        site.settings("publish_originals: true\n");
        site.article("2024/03/pier.md", "The pier opened.", "title: Pier opens", "date: 2024-03-09", "image: pier.jpg", "caption: The pier");
        TestPictures.jpegWithEverything(site.content.resolve("2024/03/pier.jpg"), TestPictures.photo(800, 500), 6);
        Fixture.Run r = site.build();
        assertThat(r.exit()).as(r.err()).isZero();
        Element link = site.page(TRAM).selectFirst("figure.picture > a.original");
        assertThat(link).isNotNull();
        assertThat(link.selectFirst("picture img").attr("alt")).as("the link's name").isEqualTo("A test tram");
        Path original = site.out.resolve(link.attr("href").substring(1));
        assertThat(original.getFileName().toString()).isEqualTo("tram-original.jpg");
        assertThat(original.getParent()).isEqualTo(site.out.resolve(link.selectFirst("img").attr("src").substring(1)).getParent());
        var m = ImageMetadataReader.readMetadata(original.toFile());
        assertThat(m.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        assertThat(m.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
        assertThat(ImageIO.read(original.toFile()).getWidth()).isEqualTo(2000);
        assertThat(site.page(TRAM).selectFirst("a.original[href$=logo-original.png] img[alt=logo]")).as("inline too").isNotNull();
        // a picture the writer made a link of keeps that link, with none inside it
        site.article("2024/03/linked.md", "[![The tram, linked](tram.jpg)](https://example.com/tram)", "title: Linked", "date: 2024-03-10");
        assertThat(site.build().exit()).isZero();
        Document linked = site.page("2024/03/10/linked/");
        assertThat(linked.select(".body a[href=https://example.com/tram] picture img[alt=The tram, linked]")).hasSize(1);
        assertThat(linked.select(".body a.original")).isEmpty();

        Element lead = site.page("2024/03/09/pier-opens/").selectFirst("figure.lead > a.original");
        assertThat(lead).isNotNull();
        Path pier = site.out.resolve(lead.attr("href").substring(1));
        var pm = ImageMetadataReader.readMetadata(pier.toFile());
        assertThat(pm.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        assertThat(pm.getFirstDirectoryOfType(ExifIFD0Directory.class).getTags()).as("the orientation alone").hasSize(1);
        assertThat(site.page("").select(".thumb a.original")).as("a thumbnail's alt is empty: it is not a link").isEmpty();

        site.settings("publish_originals: false\n");
        assertThat(site.build().exit()).isZero();
        assertThat(site.page(TRAM).select("a.original")).isEmpty();
        assertThat(original).doesNotExist();

        site.settings("publish_originals: maybe\n");
        Fixture.Run bad = site.build();
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).startsWith(tmp.resolve("gazette.yaml") + ":1: publish_originals: must be true or false, not 'maybe'");
    }

    @Test
    void anUnchangedPictureIsNotMadeAgainAChangedOneGetsNewAddressesAndTheOldGo() throws Exception {
        assertThat(site.build().exit()).isZero();
        List<Path> first = pictureFiles();
        Map<Path, FileTime> times = new java.util.HashMap<>();
        for (Path p : first) times.put(p, Files.getLastModifiedTime(p));
        Thread.sleep(20);

        site.article("2024/03/other.md", "Another story.", "title: Another story", "date: 2024-03-09");
        Fixture.Run edit = site.build();
        assertThat(edit.exit()).as(edit.err()).isZero();
        assertThat(pictureFiles()).isEqualTo(first);
        for (Path p : first) assertThat(Files.getLastModifiedTime(p)).as("%s not written again", p).isEqualTo(times.get(p));

        TestPictures.jpeg(site.content.resolve("2024/03/tram.jpg"), TestPictures.photo(1000, 700), false);
        assertThat(site.build().exit()).isZero();
        List<Path> after = pictureFiles();
        assertThat(after).as("the old tram's derivatives are gone").noneMatch(p -> p.toString().contains("tram") && first.contains(p));
        String src = site.page(TRAM).selectFirst("figure.picture img").attr("src");
        assertThat(site.out.resolve(src.substring(1))).exists();
        assertThat(site.page(TRAM).selectFirst("figure.picture img").attr("width")).isEqualTo("1000");

        site.article("2024/03/tram.md", "The council voted.", "title: Council approves tram line", "date: 2024-03-07");
        site.article("2024/03/ferry/index.md", "Late again.", "title: Ferry delays", "date: 2024-03-08");
        assertThat(site.build().exit()).isZero();
        assertThat(pictureFiles()).as("pictures no article shows are removed").isEmpty();
        assertThat(Fixture.snapshot(site.out)).isEqualTo(site.reference());
    }

    @Test
    void aMissingPictureOrOneLeadingOutIsAnErrorAtItsLineAndABombIsNamed() throws Exception {
        Map<String, String> before = Fixture.snapshot(site.out);
        site.write("2024/03/bad.md", "---\ntitle: Bad\ndate: 2024-03-09\n---\nText.\n\n![gone](nope.jpg)\n");
        site.write("2024/03/out.md", "---\ntitle: Out\ndate: 2024-03-09\n---\n![x](../../../../secret.png)\n");
        TestPictures.pngBomb(site.content.resolve("2024/03/bomb.png"), 50_000, 50_000);
        site.write("2024/03/boom.md", "---\ntitle: Boom\ndate: 2024-03-09\n---\n\n\n![boom](bomb.png)\n");
        Fixture.Run r = site.build();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().toList()).containsExactly(
                site.content.resolve("2024/03/bad.md") + ":7: picture 'nope.jpg' not found",
                site.content.resolve("2024/03/boom.md") + ":7: picture 'bomb.png' cannot be published: " + site.content.resolve("2024/03/bomb.png")
                        + ": declares 50000 × 50000 pixels, more than the 120 million a picture may have (a decompression bomb, or a scan to be made smaller first)",
                site.content.resolve("2024/03/out.md") + ":5: picture '../../../../secret.png' is outside the content folder",
                "build failed: 3 problems; " + site.out + " was not changed");
        assertThat(Fixture.snapshot(site.out)).isEqualTo(before);

        // a lead picture missing, with --keep-going: the article is published without it, and no og:image names nothing
        site.settings("base_url: https://example.org/\n");
        Files.delete(site.content.resolve("2024/03/out.md"));
        Files.delete(site.content.resolve("2024/03/boom.md"));
        Files.delete(site.content.resolve("2024/03/bad.md"));
        site.article("2024/03/lead.md", "Text.", "title: Lead gone", "date: 2024-03-09", "image: gone.jpg", "caption: Gone");
        Fixture.Run kept = site.build("--keep-going");
        assertThat(kept.exit()).isEqualTo(1);
        assertThat(kept.err().lines().toList()).containsExactly(site.content.resolve("2024/03/lead.md") + ":4: picture 'gone.jpg' not found",
                "published without a picture: 1 article (listed above)");
        Document lead = site.page("2024/03/09/lead-gone/");
        assertThat(lead.select("figure.lead")).isEmpty();
        assertThat(lead.select("meta[property=og:image]")).isEmpty();
        assertThat(lead.selectFirst("script[type=application/ld+json]").data()).doesNotContain("\"image\"");
    }

    private void assertDerivatives(String srcset, List<Integer> widths, String type) throws Exception {
        List<Integer> seen = new ArrayList<>();
        for (String entry : srcset.split(", ")) {
            String[] parts = entry.split(" ");
            int w = Integer.parseInt(parts[1].replace("w", ""));
            seen.add(w);
            Path file = site.out.resolve(parts[0].replaceFirst("^/(news/)?", ""));
            assertThat(file).as(entry).exists();
            assertThat(Files.probeContentType(file) == null || !type.startsWith("image/") || Files.probeContentType(file).equals(type)).isTrue();
            BufferedImage img = ImageIO.read(file.toFile());
            assertThat(img).as(entry).isNotNull();
            assertThat(img.getWidth()).as(entry).isEqualTo(w);
        }
        assertThat(seen).isEqualTo(widths);
    }

    private List<Path> pictureFiles() throws Exception {
        return files().stream().filter(p -> p.toString().contains("/pictures/")).sorted().toList();
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.walk(site.out)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
