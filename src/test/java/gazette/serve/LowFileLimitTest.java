package gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} under an open-file limit of 120: past its cap of live-reload streams the oldest
 * ends (a closed tab's stream is not noticed until written to); flooded with 300 more, it keeps
 * within its limits, a page still loads, and its terminal shows no stack traces.
 */
@Tag("slow")
class LowFileLimitTest {
    @TempDir
    Path tmp;

    @Test
    void aFloodOfLiveReloadStreamsUnderALowFileLimitIsCappedAndPagesStillLoad() throws Exception {
        Fixture site = new Fixture(tmp);
        site.article("a.md", "Body.", "title: A", "date: 2024-03-01");
        Path err = tmp.resolve("serve.err");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "ulimit -n 120 && exec \"$0\" -cp \"$1\" gazette.cli.Main serve --port 0 --content \"$2\" --out \"$3\" --config \"$4\"";
        // Gazette's own class path, as the jar runs: the test-only libraries would take more files than the limit allows
        String classPath = Path.of("target/classes").toAbsolutePath() + System.getProperty("path.separator") + Files.readString(Path.of("target/runtime-classpath.txt")).strip();
        Process serve = new ProcessBuilder("bash", "-c", command, java, classPath, site.content.toString(),
                tmp.resolve("preview").toString(), tmp.resolve("none.yaml").toString()).redirectError(err.toFile()).start();
        List<Socket> sockets = new ArrayList<>();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line;
            List<String> before = new ArrayList<>();
            while ((line = said.readLine()) != null && !line.startsWith("Serving ")) before.add(line);
            assertThat(before).as("serve says how many pages it can serve at once").anyMatch(l -> l.startsWith("note: the open-file limit leaves room for "));
            assertThat(line).as("serve started: " + Files.readString(err)).isNotNull();
            URI url = URI.create(line.split(" ")[1]);
            String note = before.stream().filter(l -> l.startsWith("note: ")).findFirst().orElseThrow();
            int cap = Integer.parseInt(note.replaceAll(".* connections and ([0-9]+) live-reload pages.*", "$1"));

            // one tab after another: past the cap the oldest stream ends, and the newest are open
            List<Socket> tabs = new ArrayList<>();
            for (int i = 0; i < cap + 3; i++) {
                Socket s = stream(url.getPort(), 2000);
                sockets.add(s);
                tabs.add(s);
                assertThat(statusLine(s.getInputStream())).as("stream %d", i).startsWith("HTTP/1.1 200");
            }
            for (int i = 0; i < tabs.size(); i++) {
                assertThat(ended(tabs.get(i))).as("stream %d of %d, cap %d", i, tabs.size(), cap).isEqualTo(i < 3);
            }

            // then a flood: the server takes what its limits allow, and no more
            int asked = 0;
            for (int i = 0; i < 300; i++) {
                try {
                    sockets.add(stream(url.getPort(), 1000));
                    asked++;
                } catch (SocketTimeoutException e) {
                    break; // the backlog is full: the server takes no more for now
                }
            }
            Thread.sleep(2000);
            System.out.println("under ulimit -n 120: cap " + cap + " live-reload streams; a flood of " + asked + " more");
            HttpResponse<String> page = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                    HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as("a page loads while the streams are open").isEqualTo(200);
            assertThat(page.body()).contains("<html");
        } finally {
            for (Socket s : sockets) s.close();
            serve.destroy();
            serve.waitFor(20, TimeUnit.SECONDS);
        }
        List<String> errLines = Files.readAllLines(err);
        assertThat(errLines).as("no stack traces in the terminal").noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception"));
    }

    private static Socket stream(int port, int connectTimeout) throws IOException {
        Socket s = new Socket();
        try {
            s.connect(new InetSocketAddress("127.0.0.1", port), connectTimeout);
        } catch (IOException e) {
            s.close();
            throw e;
        }
        s.setSoTimeout(2000);
        OutputStream o = s.getOutputStream();
        o.write(("GET " + LivePage.EVENTS + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        o.flush();
        return s;
    }

    /** True when the server has ended the stream: everything it sent is read and then the end. */
    private static boolean ended(Socket s) throws IOException {
        s.setSoTimeout(500);
        InputStream in = s.getInputStream();
        byte[] buffer = new byte[4096];
        try {
            while (in.read(buffer) != -1) {
                // the greeting, a heartbeat
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        try {
            for (int c; s.length() < 40 && (c = in.read()) != -1 && c != '\r'; ) s.append((char) c);
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // nothing answered yet
        }
        return s.toString();
    }
}
