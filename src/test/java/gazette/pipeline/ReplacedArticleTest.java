package gazette.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article deleted as another is added, in one incremental build, as many files made as gone:
 * the deleted one's page goes all the same, and the site is a clean build's.
 */
class ReplacedArticleTest {
    @TempDir
    Path tmp;

    @Test
    void theDeletedArticlesPageGoesThoughTheNewOneMakesAsManyFiles() throws Exception {
        Fixture f = new Fixture(tmp);
        f.article("2024/03/tram.md", "The council voted.", "title: Council approves tram line", "date: 2024-03-07");
        f.article("2024/03/alpha.md", "First.", "title: Alpha", "date: 2024-03-08");
        assertThat(f.build().exit()).isZero();
        assertThat(f.exists("2024/03/08/alpha/")).isTrue();

        Files.delete(f.content.resolve("2024/03/alpha.md"));
        f.article("2024/03/beta.md", "Second.", "title: Beta", "date: 2024-03-08");
        Fixture.Run r = f.build();
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("changes:").contains("1 removed");
        assertThat(f.exists("2024/03/08/alpha/")).isFalse();
        assertThat(f.exists("2024/03/08/beta/")).isTrue();
        assertThat(Fixture.snapshot(f.out)).isEqualTo(f.reference());
    }
}
