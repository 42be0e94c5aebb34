package gazette.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void keepsUnicodeLettersLowerCasedAndHyphenatesTheRest() {
        assertThat(Slugs.slugify("Rates rise 5% & \"more to come\" <analysis>", "x")).isEqualTo("rates-rise-5-more-to-come-analysis");
        assertThat(Slugs.slugify("東京の高校生、ポート・レンロウを訪問", "x")).isEqualTo("東京の高校生-ポート-レンロウを訪問");
        assertThat(Slugs.slugify("Москва: Итоги года", "x")).isEqualTo("москва-итоги-года");
        assertThat(Slugs.slugify("Zürich São Paulo", "x")).isEqualTo("zürich-são-paulo");
        // a Cyrillic letter inside a Latin word stays as it is
        assertThat(Slugs.slugify("Kremlіn", "x")).isEqualTo("kremlіn").contains("\u0456");
    }

    @Test
    void cannotClimbOutOfItsFolder() {
        assertThat(Slugs.slugify("../../etc/passwd", "x")).isEqualTo("etc-passwd");
        assertThat(Slugs.slugify("..", "x")).isEqualTo("x");
        assertThat(Slugs.slugify("a\\b/c%2fd\u0000e\u001bf", "x")).isEqualTo("a-b-c-2fd-e-f");
        assertThat(Slugs.slugify("CON", "x")).isEqualTo("con-");
        assertThat(Slugs.slugify("   ", "fallback")).isEqualTo("fallback");
    }

    @Test
    void staysWithinWhatFileSystemsAllowForAName() {
        // 4 bytes each in UTF-8: 80 of them would be 320 bytes, past the usual 255
        String slug = Slugs.slugify("\uD800\uDF30".repeat(100), "x");
        assertThat(slug.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
        assertThat(slug).startsWith("\uD800\uDF30").doesNotContain("?");
        String mixed = Slugs.slugify("東京 ".repeat(100), "x");
        assertThat(mixed.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
        assertThat(mixed).doesNotEndWith("-");
    }

    @Test
    void isBoundedInLength() {
        String slug = Slugs.slugify("word ".repeat(2000), "x");
        assertThat(slug.codePointCount(0, slug.length())).isLessThanOrEqualTo(Slugs.MAX_CODE_POINTS);
        assertThat(slug).doesNotEndWith("-");
    }
}
