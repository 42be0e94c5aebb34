package gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of {@code gazette serve}, up to the point where it would serve for ever. */
class ServeCommandTest {
    @TempDir
    Path tmp;

    @Test
    void helpNamesTheOptions() {
        Fixture.Run r = Fixture.run("serve", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--port", "--bind", "--content", "--templates", "--out", "--config", "--base-url", "--drafts", "127.0.0.1", "8080");
    }

    @Test
    void aWrongBaseUrlOrPortIsAUsageError() {
        Fixture.Run url = Fixture.run("serve", "--base-url", "ftp://example.org/");
        assertThat(url.exit()).isEqualTo(2);
        assertThat(url.err()).contains("is not an http(s) address or a path starting with /");
        Fixture.Run port = Fixture.run("serve", "--port", "70000");
        assertThat(port.exit()).isEqualTo(2);
        assertThat(port.err()).contains("port must be 0 to 65535");
    }

    @Test
    void aFolderPublishedByLinkIsNotServedInto() throws Exception {
        Fixture f = new Fixture(tmp);
        f.article("2024/03/tram.md", "The council voted.", "title: Council approves tram line", "date: 2024-03-07");
        assertThat(f.build("--link").exit()).isZero();
        Path live = f.out.toRealPath();
        Fixture.Run r = Fixture.run("serve", "--port", "0", "--content", f.content.toString(), "--out", f.out.toString(),
                "--templates", tmp.resolve("templates").toString(), "--config", tmp.resolve("gazette.yaml").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(f.out.toAbsolutePath() + " is published by link (build --link): serve builds its preview into a folder of its own");
        assertThat(f.out.toRealPath()).as("the link still leads to the same build").isEqualTo(live);
    }

    @Test
    void aPortInUseStopsItWithExit1() throws Exception {
        Fixture f = new Fixture(tmp);
        f.article("2024/03/tram.md", "The council voted.", "title: Council approves tram line", "date: 2024-03-07");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Fixture.Run r = Fixture.run("serve", "--port", Integer.toString(taken.getLocalPort()), "--content", f.content.toString(),
                    "--out", f.out.toString(), "--templates", tmp.resolve("templates").toString(), "--config", tmp.resolve("gazette.yaml").toString());
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains("error: ").contains("serve stopped");
            assertThat(r.out()).doesNotContain("Serving");
        }
    }
}
