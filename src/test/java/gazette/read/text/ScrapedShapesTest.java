package gazette.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.read.ContentException;
import gazette.render.TextArticleHtml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scraped articles in each shape met in real archives (English wire copy, the seed shape, the
 * Japanese portal shape, Chinese news): nothing of the record is lost, nothing is invented.
 */
class ScrapedShapesTest {
    private final TextArticleReader reader = new TextArticleReader();

    private TextArticle fixture(String name) throws IOException, ContentException {
        try (InputStream in = ScrapedShapesTest.class.getResourceAsStream("/text-articles/" + name)) {
            return reader.read("content/" + name, in.readAllBytes());
        }
    }

    private TextArticle read(String text) throws ContentException {
        return reader.read("content/a.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    // ---- the Japanese portal shape ---------------------------------------------------------

    @Test
    void japanesePortalKeepsEveryBodyLineAsOftenAsItIsWritten() throws Exception {
        TextArticle a = fixture("ja-portal.txt");
        assertThat(a.title()).isEqualTo("夏の新作スマホ２機種を比較、どっちが買い？【レポート】");
        assertThat(a.url()).isEqualTo("http://news.example.jp/article/detail/1234567/");
        assertThat(a.paragraphs()).containsExactly(
                "こんな人におすすめ：",
                "大きな画面で動画を楽しみたい人には、今回紹介する２機種がおすすめだ。",
                "ＭＮ－１０１", "ディスプレイ：約4.7インチ", "カメラ：約810万画素", "価格は32,800円", "maison lune",
                "ＭＮ－２０２", "ディスプレイ：約4.7インチ", "カメラ：約810万画素", "価格は29,800円", "maison lune",
                "型番：QX-7700-BK", "2012年7月13日発売予定",
                "どちらも7月中旬に発売される予定で、予約は全国の店舗とオンラインで受け付けている。",
                "なお、著作権法の改正案が国会で審議されており、動画の私的複製をめぐる扱いが変わる可能性があることも知っておきたい。"
                        + "今回の２機種はいずれも録画機能を備えているため、購入前に確認しておくと安心だ。");
        // no figure invented from the model number and the release date
        assertThat(a.figures()).isEmpty();
        assertThat(a.summary()).isEqualTo("大きな画面で動画を楽しみたい人には、今回紹介する２機種がおすすめだ。");
    }

    @ParameterizedTest
    @ValueSource(strings = {"【関連記事】", "【関連情報】", "■関連リンク", "関連ニュース", "＜関連記事＞", "Related stories", "相关新闻"})
    void aRelatedListAtTheEndIsFurnitureInEveryLanguage(String heading) throws ContentException {
        TextArticle a = read("2012-07-02T08:55:00+0900\n新作の発表\n本文の一行目です。\n本文の二行目です。\n" + heading
                + "\n・新作スマホ発表会レポート\nhttp://news.example.jp/article/detail/1234001/\n・夏モデルの価格まとめ\n"
                + "http://news.example.jp/article/detail/1234002/\n");
        assertThat(a.paragraphs()).containsExactly("本文の一行目です。", "本文の二行目です。");
    }

    @Test
    void proseThatNamesCopyrightIsKeptANoticeIsNot() throws ContentException {
        TextArticle a = read("date 2012-07-02\n法改正\n\n本文です。\n\nなお、著作権法の改正案が国会で審議されており、扱いが変わる可能性がある。\n\n"
                + "Copyright lawsuits rose sharply last year, experts said.\n\n記事・写真の無断転載を禁じます。\n"
                + "Copyright (C) 2012 Example Shimbun. All rights reserved.\n");
        assertThat(a.paragraphs()).containsExactly("本文です。", "なお、著作権法の改正案が国会で審議されており、扱いが変わる可能性がある。",
                "Copyright lawsuits rose sharply last year, experts said.");
    }

    // ---- joining wrapped lines -------------------------------------------------------------

    @Test
    void onlyWrappedLatinProseIsJoined() throws ContentException {
        TextArticle a = read("date 2024-03-07\nTitle\n\nThe council said on Thursday that the new line\nwould open in June, officials said.\n"
                + "価格は32,800円\nmaison lune\n・夏モデルの価格まとめ\nhttp://news.example.jp/a/\n"
                + "It ended in a sentence.\nthen a lower-case line\nA line ending in Japanese。\nlower case after it\n"
                + "http://example.org/a\nfollowed by lower case\n");
        assertThat(a.paragraphs()).containsExactly(
                "The council said on Thursday that the new line would open in June, officials said.",
                "価格は32,800円", "maison lune", "・夏モデルの価格まとめ", "http://news.example.jp/a/",
                "It ended in a sentence.", "then a lower-case line", "A line ending in Japanese。", "lower case after it",
                "http://example.org/a", "followed by lower case");
    }

    // ---- photo credits ---------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"Blackburn v Newcastle", "Team A v Team B", "型番：QX-7700-BK", "Harbour", "2012年7月13日", "BBC", "Arsenal 2 Chelsea 1"})
    void noFigureIsInventedFromALineThatIsNoCredit(String line) throws ContentException {
        TextArticle a = read("date 2024-03-07\nTitle\n\nThe first paragraph ends here.\n" + line + "\nKick-off was at 3pm on Saturday, January 15.\n");
        assertThat(a.figures()).isEmpty();
        assertThat(a.paragraphs()).containsExactly("The first paragraph ends here.", line, "Kick-off was at 3pm on Saturday, January 15.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"写真：共同", "新华社记者 李明 摄", "Reuters", "Photo: Ann Lee", "Li Wen"})
    void aCreditOverAPictureDescriptionIsAFigure(String credit) throws ContentException {
        TextArticle a = read("date 2024-03-07\nTitle\n\nThe first paragraph ends here.\n" + credit + "\nWorkers repair a pier in the old harbour, March 5.\n");
        assertThat(a.figures()).containsExactly(new TextBlock.Figure("Workers repair a pier in the old harbour, March 5.", credit));
    }

    // ---- echoes, summaries, English wire copy, Chinese -------------------------------------

    @Test
    void englishWireCopyKeepsItsRepeatsAndItsVenueLine() throws Exception {
        TextArticle a = fixture("en-wire-sport.txt");
        assertThat(a.summary()).startsWith("Blackburn came from behind");
        List<String> p = a.paragraphs();
        assertThat(p.get(0)).isEqualTo("Ewood Park");
        assertThat(p).contains("Blackburn v Newcastle");
        assertThat(p.stream().filter(s -> s.equals("The result lifts Blackburn out of the bottom three."))).hasSize(2);
        assertThat(a.figures()).containsExactly(new TextBlock.Figure("Supporters applaud the players after the final whistle at Ewood Park, January 15.", "Reuters"));
    }

    @Test
    void theSeedShapeShowsItsLedeOnce() throws Exception {
        TextArticle a = fixture("example-shape.txt");
        String lede = "The Lantern Bay ferry will resume regular crossings on June 3 after a six-month suspension for hull repairs, the Harbour Authority said on Tuesday.";
        assertThat(a.paragraphs().stream().filter(lede::equals)).hasSize(1);
        assertThat(a.summary()).isEqualTo(lede);
    }

    @Test
    void chineseNewsKeepsItsRepeatedSentenceAndDropsItsRelatedList() throws Exception {
        TextArticle a = fixture("zh-news.txt");
        assertThat(a.paragraphs()).containsExactly("港口集团周二表示，新建的集装箱码头正式投入使用，每年可处理约200万标准箱。",
                "港口集团表示，新码头将缓解现有码头的压力。", "港口集团表示，新码头将缓解现有码头的压力。");
        assertThat(a.figures()).containsExactly(new TextBlock.Figure("图为4月17日拍摄的新码头全景。", "新华社记者 李明 摄"));
        assertThat(a.source()).isEqualTo("东方日报");
        assertThat(a.editor()).isEqualTo("王磊");
    }

    @Test
    void aBareAddressInTheBodyIsALink() throws ContentException {
        TextArticle a = read("date 2024-03-07\nTitle\n\nDetails at http://example.org/a?x=1&y=<2>. Or see https://example.org/b.\n");
        Document html = Jsoup.parseBodyFragment(TextArticleHtml.render(a.blocks()));
        assertThat(html.select("a").eachAttr("href")).containsExactly("http://example.org/a?x=1&y=", "https://example.org/b");
        assertThat(html.text()).isEqualTo("Details at http://example.org/a?x=1&y=<2>. Or see https://example.org/b.");
        assertThat(html.select("a").eachAttr("rel")).containsOnly("nofollow");
    }
}
