package zonepulse.ingest.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * A usable answer: 2xx with its body, or 304.
 *
 * @param uri the URL that answered, after redirects
 * @param status the HTTP status
 * @param body the body after decompression, empty on 304
 * @param contentType the Content-Type header, or null
 * @param etag the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 * @param elapsed the time from the first request to the end of the body, redirects included
 */
public record FetchResponse(
        URI uri, int status, byte[] body, String contentType, String etag, String lastModified, Duration elapsed) {

    public boolean notModified() {
        return status == 304;
    }

    /** The charset parameter of the Content-Type, or null. */
    public String charset() {
        return charsetOf(contentType);
    }

    /** The media type of the Content-Type without parameters, lower-case; empty when there is none. */
    public String mediaType() {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    public static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String p = parameter.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String value = p.substring(8).strip().replace("\"", "").replace("'", "");
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }
}
