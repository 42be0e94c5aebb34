package gazette.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** SOURCE_DATE_EPOCH, when set, is the build time; else the clock, to the second; a malformed value stops the build. */
class BuildTimeTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-02T03:04:05.678Z"), ZoneOffset.UTC);

    @Test
    void theVariableWinsOverTheClock() throws BuildFailure {
        assertThat(BuildTime.resolve("1709985600", CLOCK)).isEqualTo(Instant.parse("2024-03-09T12:00:00Z"));
        assertThat(BuildTime.resolve(" 0 ", CLOCK)).isEqualTo(Instant.EPOCH);
    }

    @Test
    void withoutItTheClockToTheSecond() throws BuildFailure {
        assertThat(BuildTime.resolve(null, CLOCK)).isEqualTo(Instant.parse("2030-01-02T03:04:05Z"));
        assertThat(BuildTime.resolve("", CLOCK)).isEqualTo(Instant.parse("2030-01-02T03:04:05Z"));
    }

    @Test
    void malformedValuesAreRefused() {
        for (String bad : new String[] {"-5", "1.5", "yesterday", "99999999999999999999", "1e9"}) {
            assertThatThrownBy(() -> BuildTime.resolve(bad, CLOCK)).as(bad).isInstanceOf(BuildFailure.class)
                    .hasMessageContaining("SOURCE_DATE_EPOCH: '" + bad + "'");
        }
    }
}
