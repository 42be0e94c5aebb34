package gazette.read;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The pictures a Markdown body shows from beside its file: {@code ![A tram](tram.jpg "Caption")}
 * in {@code 2024/03/tram.md} is {@code 2024/03/tram.jpg}. Addresses with a scheme or starting with
 * {@code /} are the web's, and files of other kinds (an SVG chart) are left as written.
 */
public final class PictureRefs {
    /** The picture files Gazette publishes, by extension. */
    public static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "png", "webp", "gif");
    private static final Parser PARSER = Parser.builder().build();
    /** An address with a scheme (https:, mailto:, data:): the web's, not a file beside the article. */
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*");

    private PictureRefs() {
    }

    /** True for a file Gazette publishes as a picture. */
    public static boolean isPicture(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The pictures {@code body} shows, each once, in order. A reference that leads out of the
     * content folder is a problem at its line; whether the file is there is asked at each build,
     * since a picture can come and go while its article stays as it was.
     *
     * @param path      the article as the user knows it, for messages
     * @param file      the article, relative to the content folder
     * @param firstLine the file's line the body starts on
     */
    static List<PictureRef> of(String body, String path, String file, int firstLine, java.util.Collection<Problem> problems) {
        if (!body.contains("![")) return List.of(); // most articles: no parse
        Document doc = PARSER.parse(body);
        java.util.Map<String, PictureRef> found = new java.util.LinkedHashMap<>();
        NodeVisitor visitor = new NodeVisitor(
                new VisitHandler<>(Image.class, image -> take(image.getUrl().unescape(), image, path, file, firstLine, found, problems)),
                new VisitHandler<>(ImageRef.class, ref -> {
                    Reference r = ref.isDefined() ? ref.getReferenceNode(Parser.REFERENCES.get(doc)) : null;
                    if (r != null) take(r.getUrl().unescape(), ref, path, file, firstLine, found, problems);
                }));
        visitor.visit(doc);
        return found.isEmpty() ? List.of() : List.copyOf(found.values());
    }

    /**
     * The picture file an address names beside its article, as written there (decoded), or null
     * when the address is the web's: with a scheme, from the site's root, a query, or not a picture.
     */
    public static String local(String url) {
        if (url == null || url.isEmpty() || url.startsWith("/") || url.startsWith("#") || SCHEME.matcher(url).matches() || url.contains("?")) {
            return null;
        }
        String written = decode(url);
        return isPicture(written) ? written : null;
    }

    /** The lead picture ({@code image:}) when it is one beside the article; a problem at {@code line} when it leads out. */
    static PictureRef lead(String image, String path, String file, int line, java.util.Collection<Problem> problems) {
        String written = local(image);
        if (written == null) return null;
        String resolved = resolve(file, written);
        if (resolved == null) {
            problems.add(new Problem(path, line, "image: picture '" + image + "' is outside the content folder"));
            return null;
        }
        return new PictureRef(resolved, image, line);
    }

    private static void take(String url, Node node, String path, String file, int firstLine, java.util.Map<String, PictureRef> found,
                             java.util.Collection<Problem> problems) {
        String written = local(url);
        if (written == null) return;
        int line = firstLine + node.getStartLineNumber();
        String resolved = resolve(file, written);
        if (resolved == null) {
            problems.add(new Problem(path, line, "picture '" + url + "' is outside the content folder"));
            return;
        }
        found.putIfAbsent(resolved, new PictureRef(resolved, url, line));
    }

    /** {@code ref} relative to the folder of {@code file}, with {@code .} and {@code ..} resolved; null when it climbs out. */
    public static String resolve(String file, String ref) {
        List<String> parts = new ArrayList<>();
        int slash = file.lastIndexOf('/');
        if (slash > 0) parts.addAll(List.of(file.substring(0, slash).split("/")));
        for (String p : ref.split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.remove(parts.size() - 1);
            } else {
                parts.add(p);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    /** {@code %20} and the like, as a browser would read the address. */
    public static String decode(String url) {
        if (url.indexOf('%') < 0) return url;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '%' && i + 2 < url.length() && Character.digit(url.charAt(i + 1), 16) >= 0 && Character.digit(url.charAt(i + 2), 16) >= 0) {
                out.write(Integer.parseInt(url.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
