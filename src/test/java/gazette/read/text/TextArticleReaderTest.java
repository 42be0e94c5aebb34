package gazette.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.read.ContentException;
import gazette.read.tags.TagDeriver;
import gazette.render.TextArticleHtml;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextArticleReaderTest {

    private final TextArticleReader reader = new TextArticleReader();

    /** Tags are derived by the read stage, from what the reader gives. */
    private static List<String> tags(TextArticle a) {
        return tags(TagDeriver.plain(), a);
    }

    private static List<String> tags(TagDeriver deriver, TextArticle a) {
        return deriver.derive(a.title(), a.texts(), a.source());
    }

    private static byte[] fixture(String name) {
        try (InputStream in = TextArticleReaderTest.class.getResourceAsStream("/text-articles/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TextArticle readFixture(String name) throws ContentException {
        return reader.read("content/" + name, fixture(name));
    }

    private TextArticle read(String text) throws ContentException {
        return reader.read("content/a.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static ContentException failure(TextArticleReader reader, String path, byte[] bytes) {
        try {
            reader.read(path, bytes);
        } catch (ContentException e) {
            return e;
        }
        throw new AssertionError("expected a ContentException for " + path);
    }

    private ContentException failure(String text) {
        return failure(reader, "content/a.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Everything a reader of the page would see, to check that no furniture survives anywhere. */
    private static String visibleText(TextArticle a) {
        return a.title() + "\n" + TextArticleHtml.render(a.blocks()) + "\n" + a.summary();
    }

    // ---- fixture: the format page's example shape -------------------------------------------

    @Test
    void exampleShapeHeaderAndAttribution() throws ContentException {
        TextArticle a = readFixture("example-shape.txt");
        assertThat(a.title()).isEqualTo(
                "Harbour ferry service to resume after six-month suspension, authority says");
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 5, 21));
        assertThat(a.dateTime()).isNull();
        assertThat(a.url()).isNull();
        assertThat(a.source()).isEqualTo("Coastal Herald");
        assertThat(a.editor()).isEqualTo("Zhao Min");
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void exampleShapeRepeatedLedeShowsOnceAndPhotoBecomesAFigure() throws ContentException {
        TextArticle a = readFixture("example-shape.txt");
        String lede = "The Lantern Bay ferry will resume regular crossings on June 3 after a six-month"
                + " suspension for hull repairs, the Harbour Authority said on Tuesday.";
        assertThat(a.blocks()).containsExactly(
                new TextBlock.Paragraph(lede),
                new TextBlock.Figure(
                        "Passengers board a ferry at the North Quay terminal in Lantern Bay, May 18.", "Xinhua"),
                new TextBlock.Paragraph("\"The boats are safer than they have ever been,\" said Chen Hao,"
                        + " operations manager at the Harbour Authority."),
                new TextBlock.Paragraph("Chen Hao said fares would stay at 12 yuan for adults and six yuan"
                        + " for children through the summer."));
        assertThat(a.summary()).isEqualTo(lede);
    }

    @Test
    void exampleShapeFurnitureIsGone() throws ContentException {
        String visible = visibleText(readFixture("example-shape.txt"));
        assertThat(visible).doesNotContain("Source:", "Editor:", "About Us", "Privacy Policy", "ICP",
                "许可证", "公网安备", "Copyright", "©", "Rights Reserved", "|");
    }

    @Test
    void exampleShapeTags() throws ContentException {
        List<String> tags = tags(readFixture("example-shape.txt"));
        assertThat(tags).containsExactly("Coastal Herald", "Lantern Bay", "Harbour Authority", "Chen Hao");
        assertThat(tags).doesNotContain("Xinhua", "The", "Tuesday", "June", "May", "Passengers",
                "North Quay", "Harbour", "Zhao Min", "Example Daily");
    }

    // ---- fixture: BBC-style title and paragraphs, date line added ---------------------------

    @Test
    void bbcStyleParagraphsInOrderWithCrosshead() throws ContentException {
        TextArticle a = readFixture("bbc-style.txt");
        assertThat(a.title()).isEqualTo("Kim Jong Un meets Vladimir Putin at Russian space base");
        assertThat(a.date()).isEqualTo(LocalDate.of(2023, 9, 13));
        assertThat(a.source()).isNull();
        assertThat(a.editor()).isNull();
        assertThat(a.figures()).isEmpty();
        List<String> paragraphs = a.paragraphs();
        assertThat(paragraphs).hasSize(8).doesNotHaveDuplicates();
        assertThat(paragraphs.get(0)).startsWith("North Korean leader Kim Jong Un has met");
        assertThat(paragraphs.get(4)).isEqualTo("Fears of an arms deal");
        assertThat(paragraphs.get(7)).isEqualTo("Analysts say the visit is the clearest sign yet that"
                + " Moscow and Pyongyang are moving closer together.");
    }

    @Test
    void bbcStyleFurnitureWithoutAttributionIsGone() throws ContentException {
        String visible = visibleText(readFixture("bbc-style.txt"));
        assertThat(visible).doesNotContain("Related Topics", "More on this story", "Train carrying Kim",
                "Putin-Kim summit", "Copyright", "All rights reserved", "external sites", "Weather", "|");
    }

    @Test
    void bbcStyleTagsNameThePeopleAndPlaces() throws ContentException {
        List<String> tags = tags(readFixture("bbc-style.txt"));
        assertThat(tags).containsExactly("Kim Jong Un", "Vladimir Putin", "Russia", "Pyongyang", "Moscow");
        assertThat(tags).doesNotContain("Putin", "Kim", "Mr", "President", "North Korean", "Russian",
                "Western", "Wednesday", "But", "He", "Asked", "Analysts", "Fears", "The", "North Korea",
                "Washington", "United Nations", "Vostochny Cosmodrome");
    }

    // ---- fixture: URL and ISO date-time header, Japanese ------------------------------------

    @Test
    void japaneseUrlAndDateTimeHeaderInAnyOrder() throws ContentException {
        TextArticle a = readFixture("japanese-header.txt");
        assertThat(a.url()).isEqualTo("http://www.example.jp/news/2010/03/11/tower-300m.html");
        assertThat(a.dateTime()).isEqualTo(OffsetDateTime.of(2010, 3, 11, 20, 1, 0, 0, ZoneOffset.ofHours(9)));
        assertThat(a.date()).isEqualTo(LocalDate.of(2010, 3, 11));
        assertThat(a.title()).isEqualTo("東京の新タワー、高さ300メートルを超える\u3000完成は2012年");
    }

    @Test
    void japaneseBodyAndFullWidthAttribution() throws ContentException {
        TextArticle a = readFixture("japanese-header.txt");
        assertThat(a.paragraphs()).containsExactly(
                "建設中の新しい電波塔は11日、高さが300メートルを超え、都内で最も高い建造物となった。",
                "事業者によると、工事は予定通りに進んでいる。",
                "完成後の高さは634メートルになる見込みだ。");
        assertThat(a.source()).isEqualTo("共同通信");
        assertThat(a.editor()).isEqualTo("山田太郎");
        // the source, and the place the title names, in Japanese script
        assertThat(tags(a)).containsExactly("共同通信", "東京");
        assertThat(visibleText(a)).doesNotContain("会社概要", "Copyright", "Example Shimbun", "Source");
    }

    // ---- fixture: CRLF and a byte-order mark ------------------------------------------------

    @Test
    void crlfAndByteOrderMarkReadCleanly() throws ContentException {
        TextArticle a = readFixture("crlf-bom.txt");
        assertThat(a.date()).isEqualTo(LocalDate.of(2022, 11, 2));
        assertThat(a.title()).isEqualTo("Lifeboat crew rescues two kayakers off Gull Point");
        assertThat(a.paragraphs()).containsExactly(
                "Volunteers from the Gull Point lifeboat station rescued two kayakers on Tuesday evening"
                        + " after their boats capsized in strong winds.",
                "Both kayakers were treated for mild hypothermia, the station said.",
                "\"They did everything right by staying with their boats,\" said Owen Pryce, the station's"
                        + " coxswain.",
                "Owen Pryce urged visitors to check the tide tables before setting out.");
        assertThat(a.source()).isEqualTo("Xinhua");
        assertThat(a.editor()).isEqualTo("Liu Yang");
        assertThat(visibleText(a)).doesNotContain("\r", "\uFEFF", "Contact Us", "Site Map");
        assertThat(tags(a)).containsExactly("Xinhua", "Gull Point", "Owen Pryce");
        assertThat(a.warnings()).isEmpty();
    }

    // ---- fixture and bytes: stray Windows-1252 bytes ----------------------------------------

    @Test
    void strayBytesKeepTheirCharactersWithAWarning() throws ContentException {
        TextArticle a = readFixture("stray-cp1252.txt");
        assertThat(a.paragraphs()).containsExactly(
                "Stallholders on the promenade reopened on Saturday, among them a cheesemaker from Zürich.",
                "Tickets cost £5 and the café on the pier opens at 8am, said organiser Maria Lopes.",
                "\u201CWe waited a long time for this,\u201D Maria Lopes said.");
        assertThat(a.warnings()).containsExactly(
                "content/stray-cp1252.txt:6: not valid UTF-8; read 4 bytes as Windows-1252");
        assertThat(a.source()).isEqualTo("Harbour Gazette");
        assertThat(a.editor()).isEqualTo("Tom Reed");
        assertThat(tags(a)).containsExactly("Harbour Gazette", "Maria Lopes");
    }

    @Test
    void lineOfTheFirstStrayByteCountsCrlfAndLoneCr() throws ContentException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("date 2021-06-30\r\nTitle\r\rBody one.\n\nCaf".getBytes(StandardCharsets.US_ASCII));
        out.write(0xE9); // on line 6
        out.writeBytes(" two.\n".getBytes(StandardCharsets.US_ASCII));
        byte[] bytes = out.toByteArray();
        TextArticle a = reader.read("x.txt", bytes);
        assertThat(a.paragraphs()).containsExactly("Body one.", "Café two.");
        assertThat(a.warnings()).containsExactly("x.txt:6: not valid UTF-8; read 1 byte as Windows-1252");
    }

    @Test
    void validUtf8GivesNoWarning() throws ContentException {
        TextArticle a = read("date 2021-06-30\nCafé in Zürich\n\n“Quoted” £5 — fine.\n");
        assertThat(a.title()).isEqualTo("Café in Zürich");
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void truncatedSequenceAtTheEndIsAStrayByte() throws ContentException {
        byte[] head = "date 2021-06-30\nTitle\n\nEnds with ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(head, head.length + 1);
        bytes[head.length] = (byte) 0xE2; // first byte of a three-byte sequence, cut short
        TextArticle a = reader.read("x.txt", bytes);
        assertThat(a.paragraphs()).containsExactly("Ends with â");
        assertThat(a.warnings()).containsExactly("x.txt:4: not valid UTF-8; read 1 byte as Windows-1252");
    }

    // ---- fixture: HTML entities and <script> ------------------------------------------------

    @Test
    void entitiesDecodedUnknownOnesKept() throws ContentException {
        TextArticle a = readFixture("entities-script.txt");
        assertThat(a.title()).isEqualTo("Fish & chips shop wins \u201Cbest in town\u201D award \u2014 again");
        assertThat(a.paragraphs()).containsExactly(
                "Owner Renée Dubois said the café and the shop next door, Café Marine, shared the prize"
                        + " of £500\u2026",
                "A reader wrote: <script>alert(\"xss\")</script> and <b>bold</b> claims &unknownthing;"
                        + " stay as written, as does AT&T and a lone & sign.");
        assertThat(a.source()).isEqualTo("Harbour Gazette");
        assertThat(a.editor()).isEqualTo("Ann O'Neill");
    }

    @Test
    void scriptRenderedAsTextNeverAsMarkup() throws ContentException {
        String html = TextArticleHtml.render(readFixture("entities-script.txt").blocks());
        assertThat(html).doesNotContain("<script", "<b>", "&nbsp;")
                .contains("&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;")
                .contains("&lt;b&gt;bold&lt;/b&gt;")
                .contains("&amp;unknownthing;", "AT&amp;T", "Café Marine");
        assertThat(html.split("\n")).hasSize(2).allMatch(line -> line.startsWith("<p>") && line.endsWith("</p>"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a&nbsp;b                  | a b",
        "a&nbsp;&nbsp; &nbsp;b     | a b",
        "&#233;&#xE9;&#Xe9;&eacute; | éééé",
        "&lt;&gt;&quot;&apos;&amp;  | <>\"'&",
        "&lsquo;x&rsquo; &ldquo;y&rdquo; | \u2018x\u2019 \u201Cy\u201D",
        "a&ndash;b&mdash;c&hellip;  | a\u2013b\u2014c\u2026",
        "&copy; &reg; &trade; &euro; | © ® ™ €",
        "&#150; &#8212; &#x1F600;   | \u2013 \u2014 \uD83D\uDE00",
        "&amp;amp; once only        | &amp; once only",
        "&bogus; &#; &#xZZ; &#0; &#55296; &amp | &bogus; &#; &#xZZ; &#0; &#55296; &amp",
        "&Eacute;cole &szlig; &Ntilde; | École ß Ñ",
    })
    void entityTable(String raw, String expected) throws ContentException {
        TextArticle a = read("date 2020-01-01\nTitle\n\n" + raw + "\n\nEnd.\n");
        assertThat(a.paragraphs()).containsExactly(expected, "End.");
    }

    // ---- fixture: single-newline paragraphs, whitespace-only lines --------------------------

    @Test
    void singleNewlineParagraphsComeOutClean() throws ContentException {
        TextArticle a = readFixture("single-newline.txt");
        assertThat(a.date()).isEqualTo(LocalDate.of(2019, 8, 1));
        assertThat(a.title()).isEqualTo("Night buses to run every 15 minutes from September");
        assertThat(a.paragraphs()).containsExactly(
                "The council will run night buses every 15 minutes on the three busiest routes from"
                        + " September 2, transport officials said.",
                "The change follows a survey in which 4,000 residents asked for later services.",
                "\"People working late shifts need a safe way home,\" said Amira Haddad, who chairs the"
                        + " transport committee.",
                "Amira Haddad said the extra services would cost about 1.2 million a year.");
        assertThat(a.source()).isNull();
        assertThat(visibleText(a)).doesNotContain("Related", "Bus fares frozen", "Harbour Square", "©",
                "\t", "  ");
        assertThat(tags(a)).containsExactly("Amira Haddad");
    }

    @Test
    void hardWrappedLinesAreJoined() throws ContentException {
        TextArticle a = read("date 2020-01-01\nTitle\n\nThe council said the new route,\nwhich opens in May,"
                + " would run\nall night.\nA second paragraph.\n");
        assertThat(a.paragraphs()).containsExactly(
                "The council said the new route, which opens in May, would run all night.",
                "A second paragraph.");
    }

    // ---- errors (fixture: no date) ----------------------------------------------------------

    @Test
    void noDateNamesTheFile() {
        ContentException e = failure(reader, "content/no-date.txt", fixture("no-date.txt"));
        assertThat(e.toString()).isEqualTo("content/no-date.txt:1: no date: expected a 'date YYYY-MM-DD'"
                + " line or an ISO-8601 date-time line before the title");
        assertThat(e.line()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Title only\n", "Title\n\ndate 2024-03-07\n\nBody.\n",
        "http://example.com/a\nTitle\n\nBody.\n"})
    void noDateInOtherShapes(String text) {
        assertThat(failure(text).problem()).startsWith("no date: expected a 'date YYYY-MM-DD' line");
    }

    @Test
    void impossibleDateGivesItsLine() {
        ContentException e = failure("\n  date 2024-13-45\nTitle\n\nBody.\n");
        assertThat(e.toString()).isEqualTo("content/a.txt:2: impossible date 2024-13-45");
    }

    @Test
    void impossibleDateTimeGivesItsLine() {
        ContentException e = failure("http://example.com/a\n2010-02-30T20:01:00+0900\nTitle\n\nBody.\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).startsWith("impossible date-time 2010-02-30T20:01:00+0900");
    }

    @Test
    void unreadableDateLine() {
        ContentException e = failure("date 7 March 2024\nTitle\n\nBody.\n");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.problem()).isEqualTo("bad date line: expected 'date YYYY-MM-DD', found 'date 7 March 2024'");
    }

    @Test
    void noTitle() {
        ContentException e = failure("\ndate 2024-03-07\nhttps://example.com/x\n\n\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.problem()).startsWith("no title");
    }

    @Test
    void nulByteMeansNotText() {
        byte[] bytes = "date 2024-03-07\nTitle\n\nBody\u0000.\n".getBytes(StandardCharsets.UTF_8);
        assertThat(failure(reader, "img.txt", bytes).toString()).isEqualTo("img.txt:4: not a text file (it holds binary data)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n  \n", "\uFEFF \n"})
    void nothingButSpaceIsAnEmptyFile(String text) {
        assertThat(failure(text).toString()).isEqualTo("content/a.txt:1: empty file");
    }

    @Test
    void mostlyInvalidBytesMeanNotText() {
        // GBK-encoded Chinese: nearly every byte is invalid as UTF-8.
        byte[] gbk = "date 2024-03-07\n新华社北京三月七日电记者报道城市新闻\n\n城市议会周四批准了连接港口和机场的有轨电车线路。\n"
                .getBytes(Charset.forName("GBK"));
        assertThat(failure(reader, "gbk.txt", gbk).toString())
                .isEqualTo("gbk.txt:2: not UTF-8 text, nor UTF-8 with a few stray bytes: byte 0xD0 cannot be decoded (save the file as UTF-8)");
    }

    @Test
    void everyHtml5NamedReferenceIsDecodedAndNothingElse() throws ContentException {
        TextArticle a = read("date 2024-03-07\nChecks &check; &hearts; &Aring; &NotEqualTilde; &bogus; &#150; &#x2014; &amp;amp; AT&T\n\nBody.\n");
        assertThat(a.title()).isEqualTo("Checks \u2713 \u2665 \u00c5 \u2242\u0338 &bogus; \u2013 \u2014 &amp; AT&T");
    }

    @Test
    void aFewStrayBytesAreNotAnError() throws ContentException {
        byte[] bytes = "date 2024-03-07\nTitle\n\nOne \u00e9 two \u00e9 three \u00e9 four.\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(reader.read("x.txt", bytes).paragraphs()).containsExactly("One é two é three é four.");
    }

    // ---- header lines -----------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {" date 2024-03-07 ", "date 2024-03-07", "\tdate\t2024-03-07\t", "Date: 2024-03-07",
        "date：2024-3-7", "DATE 2024/03/07", "\u00A0date\u00A02024-03-07"})
    void dateLineVariants(String line) throws ContentException {
        TextArticle a = read(line + "\nTitle right after\nBody.\n");
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 3, 7));
        assertThat(a.dateTime()).isNull();
        assertThat(a.title()).isEqualTo("Title right after");
        assertThat(a.paragraphs()).containsExactly("Body.");
    }

    @ParameterizedTest
    @CsvSource({
        "2010-03-11T20:01:00+0900, 2010-03-11T20:01+09:00",
        "2010-03-11T20:01:00+09:00, 2010-03-11T20:01+09:00",
        "2010-03-11T20:01:00Z, 2010-03-11T20:01Z",
        "2010-03-11T20:01Z, 2010-03-11T20:01Z",
        "2010-03-11T23:30:15.250-0500, 2010-03-11T23:30:15.250-05:00",
        "2010-03-11 20:01:00 +0900, 2010-03-11T20:01+09:00",
    })
    void dateTimeLineVariants(String line, String expected) throws ContentException {
        TextArticle a = read("https://example.com/news/1.html\n" + line + "\n\nTitle\n\nBody.\n");
        assertThat(a.dateTime()).isEqualTo(OffsetDateTime.parse(expected));
        assertThat(a.date()).isEqualTo(LocalDate.of(2010, 3, 11));
        assertThat(a.url()).isEqualTo("https://example.com/news/1.html");
        assertThat(a.title()).isEqualTo("Title");
    }

    @Test
    void dateTimeWithoutOffsetGivesADateOnly() throws ContentException {
        TextArticle a = read("2010-03-11T20:01:00\nTitle\n\nBody.\n");
        assertThat(a.date()).isEqualTo(LocalDate.of(2010, 3, 11));
        assertThat(a.dateTime()).isNull();
    }

    @Test
    void dateLineWinsOverDateTimeAndTheDisagreementIsReported() throws ContentException {
        TextArticle a = read("date 2010-03-12\n2010-03-11T23:59:00+0900\nTitle\n\nBody.\n");
        assertThat(a.date()).isEqualTo(LocalDate.of(2010, 3, 12));
        assertThat(a.dateTime()).isEqualTo(OffsetDateTime.parse("2010-03-11T23:59+09:00"));
        assertThat(a.warnings()).containsExactly("content/a.txt:2: the date line says 2010-03-12 but the"
                + " date-time line says 2010-03-11; using 2010-03-12");
    }

    @Test
    void titleStartingWithDateIsStillATitleOnceTheDateIsKnown() throws ContentException {
        TextArticle a = read("date 2024-03-07\nDate 2025 set for the harbour vote\n\nBody.\n");
        assertThat(a.title()).isEqualTo("Date 2025 set for the harbour vote");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Москва: cтроительство нового моста", // the first "с" of the second word is Latin
        "Mоscow talks", // Cyrillic "о" inside a Latin word
        "东京新塔高度超过300米",
        "Kyiv – Київ – Киев",
        "Cafe\u0301 Zu\u0308rich", // decomposed accents stay decomposed
        "Ελλάδα: νέα γέφυρα",
    })
    void titlesKeepEveryScriptExactly(String title) throws ContentException {
        TextArticle a = read("date 2024-03-07\n" + title + "\n\nBody.\n");
        assertThat(a.title()).isEqualTo(title);
    }

    // ---- attribution ------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '#', nullValues = "NULL", value = {
        "Source: Eastern Daily   Editor: Wang Lei # Eastern Daily # Wang Lei",
        "Source: Eastern Daily\tEditor: Wang Lei # Eastern Daily # Wang Lei",
        "Source: Eastern Daily | Editor: Wang Lei # Eastern Daily # Wang Lei",
        "Source:Eastern Daily|Editor:Wang Lei # Eastern Daily # Wang Lei",
        "Source：Eastern Daily　Editor：Wang Lei # Eastern Daily # Wang Lei",
        "SOURCE: Xinhua  EDITOR: Li Yan # Xinhua # Li Yan",
        "Source: Xinhua # Xinhua # NULL",
        "Source: Xinhua | # Xinhua # NULL",
        "Source: Xinhua | 2017-09-13 10:21 # Xinhua # NULL",
        "Editor: Wang Lei # NULL # Wang Lei",
        "Editor: Wang Lei  Source: Eastern Daily # Eastern Daily # Wang Lei",
        "来源：新华社　责任编辑：王磊 # 新华社 # 王磊",
        "来源：新华社责任编辑：王磊 # 新华社 # 王磊",
    })
    void attributionVariants(String line, String source, String editor) throws ContentException {
        TextArticle a = read("date 2024-03-07\nTitle\n\nBody one.\n\nBody two.\n" + line + "\nAbout | Contact\n");
        assertThat(a.source()).isEqualTo(source);
        assertThat(a.editor()).isEqualTo(editor);
        assertThat(a.paragraphs()).containsExactly("Body one.", "Body two.");
    }

    @Test
    void everythingAfterTheAttributionIsDropped() throws ContentException {
        TextArticle a = read("date 2024-03-07\nTitle\n\nBody.\n\nSource: X\nThis looks like prose, but it is"
                + " the page's.\n\nAnd so is this.\n");
        assertThat(a.paragraphs()).containsExactly("Body.");
    }

    @Test
    void sourceNamedInProseIsNoAttribution() throws ContentException {
        TextArticle a = read("date 2024-03-07\nTitle\n\nThe source: a leaked memo.\n\nMore text.\n");
        assertThat(a.source()).isNull();
        assertThat(a.paragraphs()).containsExactly("The source: a leaked memo.", "More text.");
    }

    // ---- page furniture without an attribution line -----------------------------------------

    private static final String HEAD = "date 2024-03-07\nTitle\n\nFirst paragraph.\n\nLast paragraph.\n\n";

    @ParameterizedTest
    @ValueSource(strings = {
        "About Us | Contact Us | Feedback | Privacy Policy",
        "Home｜News｜Sport",
        "Copyright 2020 Example Daily",
        "Copyright © Example Daily",
        "© 2020 Example Daily",
        "(c) 2020 Example Daily",
        "(C) Example Daily",
        "Example Daily. All Rights Reserved.",
        "版权所有 © 某日报社",
        "京ICP备12345678号-1",
        "互联网新闻信息服务许可证 11120180001",
        "京公网安备 11010502000001号",
        "License No. 12345",
        "Registration number: 2020/123",
        "Свидетельство о регистрации СМИ Эл № ФС77-12345",
        "-------------------",
        "Related links\nTram line delayed\nNew ferry timetable",
        "Related: Tram line delayed again",
        "Related:\nTram line delayed\n\nFerry fares frozen\n\nCopyright 2020 Example",
        "相关新闻\n有轨电车线路延期\n新渡轮时刻表",
        "Read more:\nTram line delayed\nAbout | Contact\n© 2020 Example",
    })
    void trailingFurnitureIsDropped(String furniture) throws ContentException {
        TextArticle a = read(HEAD + furniture + "\n\n");
        assertThat(a.paragraphs()).containsExactly("First paragraph.", "Last paragraph.");
    }

    @Test
    void repeatedFurnitureInSeveralLanguagesIsDropped() throws ContentException {
        TextArticle a = read(HEAD + "About Us | Contact\n网站备案号：某ICP备00000000号-1 | 许可证: 0000\n"
                + "Copyright 2020 © Example. All Rights Reserved.\n\n公网安备 00000000号\n\n"
                + "Copyright 2019 © Example All Rights Reserved.\n");
        assertThat(a.paragraphs()).containsExactly("First paragraph.", "Last paragraph.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The band sued for copyright infringement.",
        "Copyright lawsuits are rising, experts said.",
        "Under section 3(c) of the act, the licence was withdrawn.",
        "The firm has not yet applied for a licence.",
    })
    void proseAboutTheseThingsStays(String prose) throws ContentException {
        TextArticle a = read("date 2024-03-07\nTitle\n\nFirst paragraph.\n\n" + prose + "\n");
        assertThat(a.paragraphs()).containsExactly("First paragraph.", prose);
    }

    @Test
    void relatedHeadingBeforeRealParagraphsKeepsThem() throws ContentException {
        TextArticle a = read("date 2024-03-07\nTitle\n\nFirst paragraph.\n\nRelated\n\nThe vote passed on"
                + " Tuesday.\n\nThe mayor welcomed it.\n");
        assertThat(a.paragraphs()).containsExactly("First paragraph.", "The vote passed on Tuesday.",
                "The mayor welcomed it.");
    }

    // ---- body: repeats, photo credits and captions ------------------------------------------

    @Test
    void onlyTheTitleAndTheLedeRepeatedAreEchoes() throws ContentException {
        TextArticle a = read("date 2024-03-07\nTitle of it\n\nTitle of it\n\nA.  one\n\nB two\n\nA. one\n\n"
                + "C three\n\nB two\n\nTitle of it\n");
        // the lede repeated further down is the page's layout; any other repeat is the article's own
        assertThat(a.paragraphs()).containsExactly("A. one", "B two", "C three", "B two");
        assertThat(a.summary()).isEqualTo("A. one");
    }

    @ParameterizedTest
    @ValueSource(strings = {"IC", "Xinhua", "Photo: Li Wen", "Reuters/John Smith", "AFP", "Li Wen",
        "Photo by Anna Berg", "China Daily/Zhu Xingxin"})
    void creditLineAndCaptionMakeAFigure(String credit) throws ContentException {
        TextArticle a = read("date 2023-09-13\nTitle\n\nThe first paragraph ends here.\n" + credit + "\n\n"
                + "Workers repair a pier in the old harbour, September 13.\n\nThe story goes on.\n");
        assertThat(a.blocks()).containsExactly(
                new TextBlock.Paragraph("The first paragraph ends here."),
                new TextBlock.Figure("Workers repair a pier in the old harbour, September 13.", credit),
                new TextBlock.Paragraph("The story goes on."));
        assertThat(a.summary()).isEqualTo("The first paragraph ends here.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "A crane lifts the new span into place in Ningbo, Zhejiang province, on Sept 13, 2023.",
        "Visitors pose for photos at the harbour.",
        "Children play on the beach on 13 September.",
        "市民在港口参观新渡轮。3月5日",
    })
    void captionShapes(String caption) throws ContentException {
        TextArticle a = read("date 2023-09-13\nTitle\n\nThe first paragraph.\nIC\n\n" + caption + "\n");
        assertThat(a.figures()).containsExactly(new TextBlock.Figure(caption, "IC"));
    }

    @Test
    void crossheadBeforeAnOrdinaryParagraphStaysText() throws ContentException {
        TextArticle a = read("date 2023-09-13\nTitle\n\nThe first paragraph.\n\nRising Tensions\n\n"
                + "The vote will be held on 13 September.\n\nElection Day\n\nPolls open at seven.\n");
        assertThat(a.figures()).isEmpty();
        assertThat(a.paragraphs()).containsExactly("The first paragraph.", "Rising Tensions",
                "The vote will be held on 13 September.", "Election Day", "Polls open at seven.");
    }

    @Test
    void shortSentenceIsNoCredit() throws ContentException {
        TextArticle a = read("date 2023-09-13\nTitle\n\nThe first paragraph.\nHe agreed.\n"
                + "Workers repair a pier, September 13.\n");
        assertThat(a.figures()).isEmpty();
        assertThat(a.paragraphs()).hasSize(3);
    }

    @Test
    void noBodyIsAWarningNotAnError() throws ContentException {
        TextArticle a = read("date 2023-09-13\nJust a title\n");
        assertThat(a.blocks()).isEmpty();
        assertThat(a.summary()).isEmpty();
        assertThat(a.warnings()).containsExactly("content/a.txt:2: no body text after the title");
    }

    @Test
    void controlAndInvisibleCharactersGo() throws ContentException {
        TextArticle a = read("date 2023-09-13\nTi\u200Btle\u000B here\n\nBo\u0007dy\u2003 \u3000 text\u2028.\n");
        assertThat(a.title()).isEqualTo("Title here");
        assertThat(a.paragraphs()).containsExactly("Body text .");
    }

    // ---- tags through the reader ------------------------------------------------------------

    @Test
    void tagRulesAndStopListFromTheSettingsApply() throws ContentException {
        TagDeriver configured = new TagDeriver(Map.of("tram", "Transport"), Set.of("coastal herald"));
        TextArticle a = reader.read("a.txt", fixture("example-shape.txt"));
        assertThat(tags(configured, a)).containsExactly("Lantern Bay", "Harbour Authority", "Chen Hao");
        TextArticle b = reader.read("b.txt", "date 2024-03-07\nNew tram line\n\nBody.\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(tags(configured, b)).containsExactly("Transport");
    }

    // ---- rendering --------------------------------------------------------------------------

    @Test
    void renderEscapesParagraphsAndFigures() {
        String html = TextArticleHtml.render(List.of(
                new TextBlock.Paragraph("Tom & Jerry's <b>\"show\"</b>"),
                new TextBlock.Figure("Crowds <wave>, March 5.", "Reuters/A & B")));
        assertThat(html).isEqualTo("<p>Tom &amp; Jerry&#39;s &lt;b&gt;&quot;show&quot;&lt;/b&gt;</p>\n"
                + "<figure class=\"photo\"><figcaption>Crowds &lt;wave&gt;, March 5. <span class=\"credit\">"
                + "Reuters/A &amp; B</span></figcaption></figure>");
    }

    @Test
    void renderOmitsAnEmptyCredit() {
        assertThat(TextArticleHtml.render(List.of(new TextBlock.Figure("A view.", ""))))
                .isEqualTo("<figure class=\"photo\"><figcaption>A view.</figcaption></figure>");
    }

    @Test
    void renderNothing() {
        assertThat(TextArticleHtml.render(List.of())).isEmpty();
    }

    // ---- many threads, many files -----------------------------------------------------------

    @Test
    void oneReaderServesManyThreads() throws Exception {
        List<String> names = List.of("example-shape.txt", "bbc-style.txt", "japanese-header.txt", "crlf-bom.txt",
                "stray-cp1252.txt", "entities-script.txt", "single-newline.txt");
        List<TextArticle> expected = new ArrayList<>();
        for (String name : names) {
            expected.add(readFixture(name));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int round = 0; round < 200; round++) {
                int k = round % names.size();
                results.add(pool.submit(() -> readFixture(names.get(k)).equals(expected.get(k))));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Lines built to make a careless pattern or scan quadratic, at a given size. */
    static java.util.stream.Stream<Arguments> pathologicalLines() {
        return java.util.stream.Stream.of(
                Arguments.of("ampersands", (IntFunction<String>) n -> "&".repeat(n)),
                Arguments.of("open references", (IntFunction<String>) n -> "&#".repeat(n / 2) + ";"),
                Arguments.of("bars", (IntFunction<String>) n -> "|".repeat(n)),
                Arguments.of("capitalised words", (IntFunction<String>) n -> "Aa ".repeat(n / 2)),
                Arguments.of("particles", (IntFunction<String>) n -> "Aa de ".repeat(n / 4) + "Bb"),
                Arguments.of("initials", (IntFunction<String>) n -> "A. ".repeat(n / 2)),
                Arguments.of("date words", (IntFunction<String>) n -> "date ".repeat(n / 4)),
                Arguments.of("attribution labels", (IntFunction<String>) n -> "Source:".repeat(n / 7)),
                Arguments.of("a long related line", (IntFunction<String>) n -> "Related: " + "x".repeat(n)),
                Arguments.of("leading spaces", (IntFunction<String>) n -> " ".repeat(n) + "x"),
                Arguments.of("month names", (IntFunction<String>) n -> "September ".repeat(n / 8) + "13."),
                Arguments.of("short lines", (IntFunction<String>) n -> "short line\n".repeat(n / 10)));
    }

    /**
     * Eight times the input takes about eight times as long, not sixty-four (under 32 times is
     * allowed, for a busy machine's noise): each pathological
     * line is read (and its tags derived, as the read stage does) at two sizes, the best of several
     * runs each, and the times compared.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pathologicalLines")
    void pathologicalInputStaysLinear(String what, IntFunction<String> line) throws ContentException {
        byte[] small = pathological(line.apply(25_000));
        byte[] large = pathological(line.apply(200_000));
        TextArticle a = reader.read("big.txt", large);
        assertThat(a.title()).isEqualTo("Title");
        assertThat(a.blocks()).isNotEmpty();
        bestTime(small, 3); // warm up
        long s = Math.max(bestTime(small, 5), 500_000); // under half a millisecond, the clock says little
        long l = bestTime(large, 5);
        // linear is 8 times, quadratic 64: 32 keeps the two apart on a busy machine (a run at 21 times was seen under load)
        assertThat(l).as("%s: %d ns at 25,000 characters, %d ns at 200,000", what, s, l).isLessThan(32 * s);
    }

    private static byte[] pathological(String line) {
        return ("date 2024-03-07\nTitle\n\n" + line + "\nIC\nA closing paragraph, pictured here on March 5.\n").getBytes(StandardCharsets.UTF_8);
    }

    private long bestTime(byte[] file, int runs) throws ContentException {
        long best = Long.MAX_VALUE;
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            TextArticle a = reader.read("big.txt", file);
            tags(a);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }
}
