package zonepulse.events;

/**
 * Where in the article's clean text an event is stated.
 *
 * @param quote the shortest span holding the trigger and the figure; equal to {@code cleanText.substring(start, end)}
 * @param sentence the sentence the quote stands in
 * @param start offset of the quote's first char in the clean text
 * @param end offset just past the quote's last char
 */
public record Evidence(String quote, String sentence, int start, int end) {
    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence offsets " + start + ".." + end);
        }
    }
}
