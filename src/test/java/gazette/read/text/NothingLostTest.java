package gazette.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.read.ContentException;
import gazette.render.TextArticleHtml;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;

/**
 * The record's rule, as a property over generated scraped articles: every line that is not an
 * echo (the title, the lede repeated) or page furniture is on the page, as many times as it is in
 * the file, whatever its language, its length, or the lines around it (credits, captions, prices,
 * shop names, specifications repeated, wrapped prose).
 */
class NothingLostTest {
    private static final TextArticleReader READER = new TextArticleReader();

    /** Lines of every kind the reader must keep: prose, fragments, names, numbers, credits, captions. */
    private static final List<String> LINES = List.of(
            "The council approved the plan on Thursday, officials said.",
            "Construction will begin in June and end late in 2027.",
            "the line continues in lower case after a wrap",
            "and ends the wrapped sentence here.",
            "Ewood Park", "Blackburn v Newcastle", "maison lune", "Li Wen", "Xinhua", "Photo: Ann Lee", "BBC",
            "Supporters applaud the players after the final whistle, January 15.",
            "Workers repair a pier in the old harbour, pictured on Monday",
            "大きな画面で動画を楽しみたい人には、今回紹介する２機種がおすすめだ。",
            "こんな人におすすめ：", "ＭＮ－１０１", "ディスプレイ：約4.7インチ", "カメラ：約810万画素", "価格は32,800円",
            "型番：QX-7700-BK", "2012年7月13日発売予定", "写真：共同",
            "なお、著作権法の改正案が国会で審議されている。",
            "港口集团表示，新码头将缓解现有码头的压力。", "新华社记者 李明 摄", "图为4月17日拍摄的新码头全景。",
            "Москва объявила о новых мерах.", "http://example.org/a/b", "12:30", "1-0");

    record Generated(String file, List<String> body) {}

    @Provide
    Arbitrary<Generated> articles() {
        Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, LINES.size() + 5).list().ofMinSize(1).ofMaxSize(40);
        Arbitrary<List<Boolean>> blanks = Arbitraries.of(true, false).list().ofSize(40);
        return picks.flatMap(p -> blanks.map(b -> make(p, b)));
    }

    /** A file: date, title, a lede of its own, then lines from the pool (a pick past the pool repeats an earlier line). */
    private static Generated make(List<Integer> picks, List<Boolean> blanks) {
        List<String> body = new ArrayList<>();
        body.add("The lede is a sentence of its own that nothing repeats, the agency said.");
        for (int k = 0; k < picks.size(); k++) {
            int pick = picks.get(k);
            if (pick < LINES.size()) body.add(LINES.get(pick));
            else if (body.size() > 1) body.add(body.get(1 + pick % (body.size() - 1))); // any line but the lede, again
        }
        StringBuilder file = new StringBuilder("date 2024-03-07\nA title that no line repeats\n\n");
        for (int k = 0; k < body.size(); k++) {
            file.append(body.get(k)).append('\n');
            if (blanks.get(k % blanks.size())) file.append('\n');
        }
        return new Generated(file.toString(), body);
    }

    @Property(tries = 400)
    void everyLineThatIsNoEchoNorFurnitureIsOnThePage(@ForAll("articles") Generated g) throws ContentException {
        TextArticle a = READER.read("content/x.txt", g.file().getBytes(StandardCharsets.UTF_8));
        String page = Jsoup.parseBodyFragment(TextArticleHtml.render(a.blocks())).body().wholeText();
        for (String line : g.body()) {
            long inFile = g.body().stream().filter(line::equals).count();
            assertThat(occurrences(page, line)).as("%s\n--- on the page ---\n%s", line, page).isGreaterThanOrEqualTo(inFile);
        }
    }

    private static long occurrences(String text, String part) {
        long n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) n++;
        return n;
    }
}
