package gazette.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic archive for benchmarks: news-like Markdown articles with YAML front
 * matter, Zipf-distributed tags and 400-900-word bodies, spread over the years before 2025.
 */
public final class CorpusGenerator {
    private static final String[] WORDS = ("government minister election council report market economy company bank budget "
            + "police court judge trial law vote parliament city state region border talks deal agreement summit crisis "
            + "protest strike workers union wages prices inflation growth energy oil gas power plant climate weather storm "
            + "flood health hospital doctors patients study research data school students teachers housing families "
            + "officials statement interview investigation inquiry harbour ferry port tram airport bridge museum festival "
            + "team match league coach players fans stadium record software network users platform").split(" ");
    private static final String[] SMALL = "the a of in on for to with after before over under amid against about as by from".split(" ");
    private static final String[] NAMES = "Anna Ben Carla David Elena Farid Grace Hiro Ines Jonas Karin Luis Maria Nils Olga Pavel".split(" ");
    private static final String[] SURNAMES = "Adler Berg Costa Dahl Eriksen Fischer Garcia Hansen Ivanova Jensen Moreau Novak".split(" ");
    /** Photo credits as scraped pages print them under the lede. */
    private static final String[] CREDITS = {"Xinhua", "IC", "Reuters", "AFP", "Photo: Ann Lee", "Harbour Wire/Li Wen"};
    private static final String[] SOURCES = {"Staff report", "Wire services", "Harbour Wire", "Correspondent", "Agencies"};
    private static final String[] TOPICS = ("politics economy business markets technology science health climate energy education "
            + "crime justice sport football culture film music books travel weather transport housing defence diplomacy "
            + "elections media agriculture space obituaries opinion labour banking").split(" ");
    private static final String[] PLACES = ("London Paris Berlin Madrid Rome Vienna Warsaw Prague Oslo Stockholm Helsinki Dublin "
            + "Lisbon Athens Cairo Lagos Nairobi Delhi Tokyo Seoul Sydney Toronto Chicago Boston Lima Zürich 東京 Москва").split(" ");

    private final List<String> tags = new ArrayList<>();
    private final double[] zipf;

    public CorpusGenerator() {
        for (String t : TOPICS) tags.add(t);
        for (String p : PLACES) tags.add(p);
        for (String p : PLACES) for (String q : new String[] {"politics", "economy", "transport", "sport", "weather"}) {
            if (tags.size() < 300) tags.add(p + " " + q);
        }
        zipf = new double[tags.size()];
        double acc = 0;
        for (int r = 0; r < zipf.length; r++) zipf[r] = acc += 1.0 / (r + 1);
    }

    /** Writes {@code n} Markdown articles under {@code dir}/YYYY/MM/; returns the bytes written. */
    public long generate(Path dir, int n, long seed) throws IOException {
        return generate(dir, n, 0, seed);
    }

    /**
     * Writes {@code n} articles under {@code dir}/YYYY/MM/, every {@code n / text}-th of them (so
     * {@code text} in all) as a raw scraped text article; returns the bytes written.
     */
    public long generate(Path dir, int n, int text, long seed) throws IOException {
        return generate(dir, n, text, 0, seed);
    }

    /**
     * As {@link #generate(Path, int, int, long)}, with {@code pictures} of the Markdown articles
     * (spread evenly) each given a lead picture beside it: a 3000 × 2000 JPEG, as a camera's.
     */
    public long generate(Path dir, int n, int text, int pictures, long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        long bytes = 0;
        // about eight articles a day, going back from the end of 2024
        LocalDateTime end = LocalDateTime.of(2024, 12, 31, 23, 0);
        for (int i = 0; i < n; i++) {
            LocalDateTime when = end.minusMinutes((long) i * 180 + rnd.nextInt(170));
            String title = title(rnd);
            boolean scraped = text > 0 && (long) i * text / n != (long) (i + 1) * text / n;
            String body = scraped ? scraped(rnd, title, when) : article(rnd, title, when);
            Path file = dir.resolve(String.format("%04d/%02d/%s-%d.%s", when.getYear(), when.getMonthValue(), slug(title), i, scraped ? "txt" : "md"));
            Files.createDirectories(file.getParent());
            if (!scraped && pictures > 0 && (long) i * pictures / n != (long) (i + 1) * pictures / n) {
                String name = slug(title) + "-" + i + ".jpg";
                body = body.replaceFirst("\n---\n", "\nimage: " + name + "\ncaption: \"" + title + "\"\n---\n");
                bytes += Photos.write(file.resolveSibling(name), rnd.nextLong());
            }
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            Files.write(file, b);
            bytes += b.length;
        }
        return bytes;
    }

    private String article(SplittableRandom rnd, String title, LocalDateTime when) {
        StringBuilder s = new StringBuilder(6000);
        s.append("---\ntitle: \"").append(title).append("\"\n");
        s.append("date: ").append(when).append(":00Z\n");
        s.append("tags: [");
        int nt = 1 + rnd.nextInt(4);
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < nt) {
            String t = tags.get(pickZipf(rnd));
            if (!chosen.contains(t)) chosen.add(t);
        }
        for (int k = 0; k < chosen.size(); k++) s.append(k > 0 ? ", " : "").append('"').append(chosen.get(k)).append('"');
        s.append("]\nauthor: ").append(pick(rnd, NAMES)).append(' ').append(pick(rnd, SURNAMES)).append('\n');
        s.append("source: ").append(pick(rnd, SOURCES)).append('\n');
        s.append("summary: \"").append(sentence(rnd, 14, 24)).append("\"\n---\n");
        int words = 400 + rnd.nextInt(500);
        int paragraphs = 5 + rnd.nextInt(8);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0 && rnd.nextInt(7) == 0) s.append("## ").append(cap(pick(rnd, WORDS))).append(' ').append(pick(rnd, WORDS)).append("\n\n");
            if (p > 0 && rnd.nextInt(12) == 0) s.append("> ").append(sentence(rnd, 10, 20)).append("\n\n");
            int target = words / paragraphs;
            for (int w = 0; w < target; ) {
                String sentence = sentence(rnd, 8, 22);
                if (rnd.nextInt(6) == 0) sentence = sentence.replaceFirst(" (\\w+) ", " **$1** ");
                if (rnd.nextInt(9) == 0) sentence = sentence.replaceFirst(" (\\w+) ", " [$1](https://example.com/$1/) ");
                s.append(sentence).append(' ');
                w += sentence.split(" ").length;
            }
            s.setLength(s.length() - 1);
            s.append("\n\n");
        }
        return s.toString();
    }

    /** The shape scrapers leave: date line, title, lede, photo credit and caption, lede again, body, attribution, furniture. */
    private String scraped(SplittableRandom rnd, String title, LocalDateTime when) {
        StringBuilder s = new StringBuilder(6000);
        s.append(" date ").append(when.toLocalDate()).append(" \n").append(title).append("\n\n");
        String lede = sentence(rnd, 18, 30);
        s.append(lede).append('\n').append(pick(rnd, CREDITS)).append("\n\n");
        s.append(sentence(rnd, 8, 14).replace(".", "")).append(", ").append(when.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH))
                .append(' ').append(when.getDayOfMonth()).append(".\n\n");
        s.append(lede).append("\n\n");
        int paragraphs = 5 + rnd.nextInt(8);
        for (int p = 0; p < paragraphs; p++) {
            for (int k = 0; k < 3 + rnd.nextInt(4); k++) s.append(sentence(rnd, 8, 22)).append(' ');
            s.setLength(s.length() - 1);
            s.append("\n\n");
        }
        s.append("Source: ").append(pick(rnd, SOURCES)).append("   Editor: ").append(pick(rnd, NAMES)).append(' ').append(pick(rnd, SURNAMES)).append('\n');
        s.append("About Us  |  Contact Us  |  Privacy Policy\nCopyright 2024 © Example Daily. All Rights Reserved.\n");
        return s.toString();
    }

    private int pickZipf(SplittableRandom rnd) {
        double x = rnd.nextDouble() * zipf[zipf.length - 1];
        int lo = 0, hi = zipf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (zipf[mid] < x) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static String title(SplittableRandom rnd) {
        return cap(pick(rnd, WORDS)) + " " + pick(rnd, SMALL) + " " + pick(rnd, WORDS) + " " + pick(rnd, WORDS) + " in " + pick(rnd, PLACES);
    }

    private static String sentence(SplittableRandom rnd, int min, int max) {
        int n = min + rnd.nextInt(max - min + 1);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = rnd.nextInt(3) == 0 ? pick(rnd, SMALL) : pick(rnd, WORDS);
            s.append(i == 0 ? cap(w) : w).append(i + 1 < n ? " " : ".");
        }
        return s.toString();
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", "-");
    }

    private static String cap(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String pick(SplittableRandom rnd, String[] from) {
        return from[rnd.nextInt(from.length)];
    }
}
