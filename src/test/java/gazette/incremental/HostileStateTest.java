package gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import gazette.bench.CorpusGenerator;
import gazette.testing.Fixture;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build state swapped for a hostile one (a CI cache is where that happens) is only ever read
 * as data: the build says it could not use it, builds clean, and publishes what a clean build does.
 */
class HostileStateTest {
    @TempDir
    Path tmp;

    @Test
    void aStateThatIsNotOursOrIsDamagedIsIgnoredWithAWarningAndTheBuildIsClean() throws Exception {
        Fixture site = new Fixture(tmp);
        new CorpusGenerator().generate(site.content, 40, 10, 3);
        assertThat(site.build().exit()).isZero();
        Map<String, String> clean = Fixture.snapshot(site.out);
        Path state = tmp.resolve(".site.gazette-state");
        byte[] good = Files.readAllBytes(state);

        // Java serialization of sets nested so that reading them back takes for ever: a known denial of service
        Files.write(state, nestedSets());
        Fixture.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> site.build());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: " + state + " could not be read (it is not a Gazette build state); this build is a clean one");
        assertThat(r.out()).contains("  files:  "); // a clean build's summary, not an incremental one's
        assertThat(Fixture.snapshot(site.out)).isEqualTo(clean);

        // our own header, then a count of two billion
        ByteBuffer damaged = ByteBuffer.wrap(good.clone());
        damaged.putInt(good.length / 2, Integer.MAX_VALUE);
        Files.write(state, damaged.array());
        Fixture.Run d = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> site.build());
        assertThat(d.exit()).as(d.err()).isZero();
        assertThat(Fixture.snapshot(site.out)).isEqualTo(clean);

        // and a state of our own that is whole says nothing
        Fixture.Run again = site.build();
        assertThat(again.err()).doesNotContain("could not be read");
        assertThat(again.out()).contains("  changes: ").contains(" 0 files written");
    }

    private static byte[] nestedSets() throws Exception {
        Set<Object> root = new HashSet<>();
        Set<Object> s1 = root;
        Set<Object> s2 = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            Set<Object> t1 = new HashSet<>();
            Set<Object> t2 = new HashSet<>();
            t1.add("x");
            s1.add(t1);
            s1.add(t2);
            s2.add(t1);
            s2.add(t2);
            s1 = t1;
            s2 = t2;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(root);
        }
        return bytes.toByteArray();
    }
}
