package gazette.pictures;

/**
 * One picture made for the site from an original: scaled, turned upright, and carrying nothing
 * of the original's metadata.
 *
 * @param width  in pixels
 * @param height in pixels
 * @param type   the file type: jpg, png (pictures with transparency) or webp
 * @param bytes  the file
 */
public record Derivative(int width, int height, String type, byte[] bytes) {
}
