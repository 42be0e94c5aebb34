package gazette.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The theme's assets' fingerprinted names: new bytes, a new name; the extension kept, so hosts still know the type. */
class AssetsTest {
    @Test
    void aFingerprintGoesBeforeTheExtensionAndChangesWithTheBytes() {
        byte[] a = "body{}".getBytes(StandardCharsets.UTF_8);
        byte[] b = "body{color:red}".getBytes(StandardCharsets.UTF_8);
        assertThat(Assets.fingerprinted("style.css", a)).matches("style\\.[0-9a-f]{10}\\.css");
        assertThat(Assets.fingerprinted("style.css", a)).isEqualTo(Assets.fingerprinted("style.css", a)).isNotEqualTo(Assets.fingerprinted("style.css", b));
        assertThat(Assets.fingerprinted("fonts/serif.woff2", a)).matches("fonts/serif\\.[0-9a-f]{10}\\.woff2");
        assertThat(Assets.fingerprinted("LICENSE", a)).matches("LICENSE\\.[0-9a-f]{10}");
        assertThat(Assets.fingerprinted("img.v2/logo", a)).as("a dot in a folder's name is not an extension").matches("img\\.v2/logo\\.[0-9a-f]{10}");
    }
}
