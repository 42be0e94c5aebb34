package gazette.read;

/**
 * A picture an article shows from beside its file.
 *
 * @param path    the picture, relative to the content folder ('/' between names)
 * @param written the address as the article wrote it, for messages
 * @param line    the article file's line that shows it
 */
public record PictureRef(String path, String written, int line) {
}
