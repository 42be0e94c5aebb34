package gazette.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@code gazette deploy} against a real S3 API server (S3Proxy, in this process, on loopback)
 * and a folder: what is uploaded, with which headers, what is skipped and what is deleted.
 */
class DeployTest {
    static S3Proxy proxy;
    static S3Client s3;
    static String endpoint;

    @TempDir
    Path tmp;
    Fixture site;

    @BeforeAll
    static void startS3() throws Exception {
        proxy = S3Proxy.builder().blobStore(new TransientNio2BlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "gazette-test", "not-a-secret").build();
        proxy.start();
        for (int i = 0; i < 1000 && !"STARTED".equals(proxy.getState()); i++) Thread.sleep(10);
        endpoint = "http://127.0.0.1:" + proxy.getPort();
        // the deploy finds its credentials where the SDK looks; the JVM's properties are one of those places
        System.setProperty("aws.accessKeyId", "gazette-test");
        System.setProperty("aws.secretAccessKey", "not-a-secret");
        s3 = S3Client.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1).endpointOverride(URI.create(endpoint))
                .forcePathStyle(true).credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("gazette-test", "not-a-secret"))).build();
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.close();
        proxy.stop();
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    @BeforeEach
    void archive() {
        site = new Fixture(tmp);
        site.settings("base_url: https://news.example.org/\n");
        site.article("a.md", "The quay flooded.", "title: Tides", "date: 2024-03-07T08:00:00Z", "tags: [harbour]");
        site.article("b.md", "Fog closed the port.", "title: Fog", "date: 2024-03-08T08:00:00Z", "tags: [harbour]");
        site.article("c.md", "Gales.", "title: Gales", "date: 2024-03-09T08:00:00Z", "tags: [weather]");
        assertThat(site.build().exit()).isZero();
    }

    Fixture.Run deploy(String target, String... extra) {
        List<String> args = new ArrayList<>(List.of("deploy", target, "--site", site.out.toString()));
        if (target.startsWith("s3:")) args.addAll(List.of("--endpoint", endpoint));
        args.addAll(List.of(extra));
        return Fixture.run(args.toArray(String[]::new));
    }

    /** Every object under the prefix, with its bytes. */
    static Map<String, String> bucket(String bucket, String prefix) {
        Map<String, String> out = new TreeMap<>();
        for (S3Object o : s3.listObjectsV2Paginator(l -> l.bucket(bucket).prefix(prefix)).contents()) {
            out.put(o.key().substring(prefix.length()), new String(s3.getObjectAsBytes(g -> g.bucket(bucket).key(o.key())).asByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        return out;
    }

    @Test
    void aSiteGoesUpWithItsHeadersAndASecondDeployUploadsOnlyWhatChanged() throws Exception {
        s3.createBucket(b -> b.bucket("news"));
        Map<String, String> local = Fixture.snapshot(site.out);
        Fixture.Run first = deploy("s3://news/www");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("Deployed ").contains(" to s3://news/www/ in ").contains(local.size() + " uploaded").contains(", 0 unchanged, 0 deleted");
        assertThat(bucket("news", "www/")).isEqualTo(local);

        HeadObjectResponse home = s3.headObject(h -> h.bucket("news").key("www/index.html"));
        assertThat(home.contentType().replace(" ", "")).isEqualTo("text/html;charset=utf-8");
        assertThat(home.cacheControl()).isEqualTo("public, max-age=300");
        HeadObjectResponse article = s3.headObject(h -> h.bucket("news").key("www/2024/03/08/fog/index.html"));
        assertThat(article.cacheControl()).isEqualTo("public, max-age=86400");
        assertThat(s3.headObject(h -> h.bucket("news").key("www/feed.xml")).contentType().replace(" ", "")).isEqualTo("application/atom+xml;charset=utf-8");
        assertThat(s3.headObject(h -> h.bucket("news").key("www/static/style.css")).contentType().replace(" ", "")).isEqualTo("text/css;charset=utf-8");
        // the stylesheet the pages link to is named by its bytes: cached for a year; the plain name for five minutes
        String css = site.page("").selectFirst("link[rel=stylesheet]").attr("href").substring(1);
        assertThat(s3.headObject(h -> h.bucket("news").key("www/" + css)).cacheControl()).isEqualTo("public, max-age=31536000, immutable");
        assertThat(s3.headObject(h -> h.bucket("news").key("www/static/style.css")).cacheControl()).isEqualTo("public, max-age=300");

        Fixture.Run again = deploy("s3://news/www");
        assertThat(again.out()).contains(": 0 uploaded (0.0 MB), " + local.size() + " unchanged, 0 deleted");

        // one story edited, one withdrawn: its page goes, the others' stay
        site.article("b.md", "Fog closed the port and the ferry.", "title: Fog", "date: 2024-03-08T08:00:00Z", "tags: [harbour]");
        Files.delete(site.content.resolve("c.md"));
        assertThat(site.build().exit()).isZero();
        Map<String, String> changed = Fixture.snapshot(site.out);
        Fixture.Run third = deploy("s3://news/www");
        assertThat(third.exit()).as(third.err()).isZero();
        assertThat(bucket("news", "www/")).isEqualTo(changed);
        assertThat(changed).doesNotContainKey("2024/03/09/gales/index.html");
        // exactly the files whose bytes changed go up, and exactly those the site lost are deleted
        long differ = changed.entrySet().stream().filter(e -> !e.getValue().equals(local.get(e.getKey()))).count();
        long lost = local.keySet().stream().filter(k -> !changed.containsKey(k)).count();
        assertThat(differ).isLessThan(changed.size());
        assertThat(third.out()).contains(": " + differ + " uploaded").contains(", " + (changed.size() - differ) + " unchanged, " + lost + " deleted");
    }

    @Test
    void aDryRunSaysWhatItWouldDoAndNoDeleteKeepsWhatTheSiteLost() throws Exception {
        s3.createBucket(b -> b.bucket("dry"));
        Fixture.Run dry = deploy("s3://dry", "--dry-run");
        assertThat(dry.exit()).isZero();
        assertThat(dry.out()).contains("upload index.html").contains("upload 2024/03/08/fog/index.html").contains("a dry run: nothing was changed");
        assertThat(bucket("dry", "")).isEmpty();
        // the front page goes up last, after everything it links to
        List<String> order = dry.out().lines().filter(l -> l.startsWith("upload ")).toList();
        assertThat(order.get(order.size() - 1)).isEqualTo("upload index.html");
        assertThat(order.indexOf("upload 2024/03/08/fog/index.html")).isLessThan(order.indexOf("upload tags/harbour/index.html"));
        assertThat(order.indexOf("upload static/style.css")).isLessThan(order.indexOf("upload 2024/03/08/fog/index.html"));

        assertThat(deploy("s3://dry").exit()).isZero();
        Files.delete(site.content.resolve("c.md"));
        assertThat(site.build().exit()).isZero();
        assertThat(deploy("s3://dry", "--no-delete").out()).contains(" 0 deleted");
        assertThat(bucket("dry", "")).containsKey("2024/03/09/gales/index.html");
        assertThat(deploy("s3://dry", "--dry-run").out()).contains("delete 2024/03/09/gales/index.html");
    }

    @Test
    void aFolderTargetIsWrittenFileByFileAndKnowsWhatItHolds() throws Exception {
        Path www = tmp.resolve("www");
        Fixture.Run first = deploy(www.toUri().toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(Fixture.snapshot(www)).isEqualTo(Fixture.snapshot(site.out));
        assertThat(tmp.resolve(".www.gazette-deploy")).as("what it holds, kept beside it, not served").exists();
        assertThat(deploy(www.toUri().toString()).out()).contains(": 0 uploaded");

        // a file edited by hand on the host is put right
        Files.writeString(www.resolve("index.html"), "defaced");
        assertThat(deploy(www.toUri().toString()).out()).contains(": 1 uploaded");
        assertThat(Files.readString(www.resolve("index.html"))).isEqualTo(Files.readString(site.out.resolve("index.html")));

        Files.delete(site.content.resolve("c.md"));
        assertThat(site.build().exit()).isZero();
        assertThat(deploy(www.toUri().toString()).exit()).isZero();
        assertThat(Fixture.snapshot(www)).isEqualTo(Fixture.snapshot(site.out));
        assertThat(www.resolve("2024/03/09")).as("the folders a deletion empties go too").doesNotExist();
        try (Stream<Path> s = Files.walk(tmp)) {
            assertThat(s.map(Path::toString)).noneMatch(p -> p.contains(".gazette-tmp-"));
        }
    }

    @Test
    void theSettingsCacheControlPatternsComeFirstAndAWrongOneStopsTheDeploy() throws Exception {
        s3.createBucket(b -> b.bucket("policy"));
        site.settings("""
                base_url: https://news.example.org/
                cache_control:
                  "tags/**": "public, max-age=60"
                  "*.xml": no-cache
                """);
        Fixture.Run r = deploy("s3://policy", "--config", tmp.resolve("gazette.yaml").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(s3.headObject(h -> h.bucket("policy").key("tags/harbour/index.html")).cacheControl()).isEqualTo("public, max-age=60");
        assertThat(s3.headObject(h -> h.bucket("policy").key("feed.xml")).cacheControl()).isEqualTo("no-cache");
        assertThat(s3.headObject(h -> h.bucket("policy").key("tags/harbour/feed.xml")).cacheControl()).as("the first pattern that matches").isEqualTo("public, max-age=60");
        assertThat(s3.headObject(h -> h.bucket("policy").key("2024/03/08/fog/index.html")).cacheControl()).as("no pattern: by kind").isEqualTo("public, max-age=86400");

        // a new policy reaches files whose bytes did not change only with --all
        site.settings("base_url: https://news.example.org/\ncache_control:\n  \"tags/**\": \"public, max-age=30\"\n");
        assertThat(deploy("s3://policy", "--config", tmp.resolve("gazette.yaml").toString()).out()).contains(": 0 uploaded");
        assertThat(s3.headObject(h -> h.bucket("policy").key("tags/harbour/index.html")).cacheControl()).isEqualTo("public, max-age=60");
        Fixture.Run all = deploy("s3://policy", "--config", tmp.resolve("gazette.yaml").toString(), "--all");
        assertThat(all.out()).contains(": " + Fixture.snapshot(site.out).size() + " uploaded");
        assertThat(s3.headObject(h -> h.bucket("policy").key("tags/harbour/index.html")).cacheControl()).isEqualTo("public, max-age=30");

        site.settings("cache_control:\n  \"tags/[\": short\n");
        Fixture.Run bad = deploy("s3://policy", "--config", tmp.resolve("gazette.yaml").toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("gazette.yaml:1: cache_control: 'tags/[' is not a file pattern");
        assertThat(site.build().err()).as("the build checks it too").contains("cache_control: 'tags/[' is not a file pattern");
    }

    @Test
    void aSitePublishedByLinkAndAWebRootThatIsALinkAreFollowedAndADryRunTouchesNothing() throws Exception {
        assertThat(site.build("--link").exit()).isZero();
        assertThat(Files.isSymbolicLink(site.out)).isTrue();
        Path real = Files.createDirectories(tmp.resolve("srv/news"));
        Path www = Files.createSymbolicLink(tmp.resolve("www"), real);
        Fixture.Run dry = deploy(tmp.resolve("fresh").toUri().toString(), "--dry-run");
        assertThat(dry.out()).contains("upload index.html");
        assertThat(tmp.resolve("fresh")).as("a dry run makes no folder").doesNotExist();
        assertThat(tmp.resolve(".fresh.gazette-deploy")).doesNotExist();

        Fixture.Run r = deploy(www.toUri().toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Fixture.snapshot(real)).isEqualTo(Fixture.snapshot(site.out.toRealPath())).isNotEmpty();
        assertThat(deploy(www.toUri().toString()).out()).contains(": 0 uploaded").contains(" 0 deleted");
    }

    @Test
    void aFolderTargetMustBeOutsideTheSiteAndWrittenWithThreeSlashes() {
        Fixture.Run inside = deploy(site.out.resolve("copy").toUri().toString());
        assertThat(inside.exit()).isEqualTo(1);
        assertThat(inside.err()).contains("one holds the other");
        Fixture.Run around = deploy(tmp.toUri().toString());
        assertThat(around.exit()).isEqualTo(1);
        assertThat(around.err()).contains("one holds the other");
        Fixture.Run host = deploy("file://var/www/news");
        assertThat(host.exit()).isEqualTo(1);
        assertThat(host.err()).contains("not a target: file://var/www/news");
    }

    /** The bytes a gzip member holds. */
    static byte[] gunzip(byte[] z) throws java.io.IOException {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(z))) {
            return in.readAllBytes();
        }
    }

    @Test
    void withGzipTextGoesUpCompressedAndTheSameBytesAreNotSentAgain() throws Exception {
        s3.createBucket(b -> b.bucket("zipped"));
        Fixture.Run r = deploy("s3://zipped", "--gzip");
        assertThat(r.exit()).as(r.err()).isZero();
        var home = s3.getObjectAsBytes(g -> g.bucket("zipped").key("index.html"));
        assertThat(home.response().contentEncoding()).isEqualTo("gzip");
        assertThat(home.response().contentType().replace(" ", "")).isEqualTo("text/html;charset=utf-8");
        assertThat(gunzip(home.asByteArray())).isEqualTo(Files.readAllBytes(site.out.resolve("index.html")));
        assertThat(deploy("s3://zipped", "--gzip").out()).contains(": 0 uploaded");

        // to a folder: a .gz beside each text file, for gzip_static
        Path www = tmp.resolve("zwww");
        assertThat(deploy(www.toUri().toString(), "--gzip").exit()).isZero();
        assertThat(gunzip(Files.readAllBytes(www.resolve("index.html.gz")))).isEqualTo(Files.readAllBytes(site.out.resolve("index.html")));
        assertThat(Files.readAllBytes(www.resolve("index.html"))).isEqualTo(Files.readAllBytes(site.out.resolve("index.html")));
        assertThat(deploy(www.toUri().toString(), "--gzip").out()).contains(": 0 uploaded").contains(" 0 deleted");
        assertThat(deploy(www.toUri().toString()).out()).as("without --gzip the siblings go").doesNotContain(" 0 deleted");
        assertThat(www.resolve("index.html.gz")).doesNotExist();
    }

    @Test
    void aWrongTargetOrAMissingBucketIsAnErrorThatSaysSo() {
        Fixture.Run wrong = deploy("ftp://example.org/news");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("not a target: ftp://example.org/news (s3://bucket/prefix or file:///folder)");
        Fixture.Run missing = deploy("s3://no-such-bucket");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("cannot list s3://no-such-bucket/").contains("deploy stopped; run it again to go on");
    }
}
