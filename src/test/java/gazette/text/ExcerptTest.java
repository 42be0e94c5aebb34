package gazette.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {
    @Test
    void spacedTextIsCutAtAWordNearTheLength() {
        String text = "The council approved the new tram line on Thursday after a long debate about its cost and route. ".repeat(4);
        String cut = Excerpt.cut(text, 160);
        assertThat(cut).endsWith("…").hasSizeLessThanOrEqualTo(161);
        assertThat(text).startsWith(cut.substring(0, cut.length() - 1));
        assertThat(text.charAt(cut.length() - 1)).isEqualTo(' '); // the cut fell between two words
        assertThat(Excerpt.cut("Short.", 160)).isEqualTo("Short.");
    }

    @Test
    void chineseAndJapaneseAreCutAtACharacterNeverInsideOne() {
        String ja = "建設中の新しい電波塔は11日、高さが300メートルを超え、都内で最も高い建造物となった。".repeat(6);
        assertThat(Excerpt.cut(ja, 160)).isEqualTo(ja.substring(0, 160) + "…");
        String emoji = "字".repeat(159) + "\uD83D\uDE00" + "字".repeat(10);
        assertThat(Excerpt.cut(emoji, 160)).isEqualTo("字".repeat(159) + "…");
    }
}
