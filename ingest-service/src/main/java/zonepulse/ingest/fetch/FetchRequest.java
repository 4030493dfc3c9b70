package zonepulse.ingest.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * One GET.
 *
 * @param uri the absolute http or https URL
 * @param etag the validator of the copy held, sent as If-None-Match; null for none
 * @param lastModified the Last-Modified of the copy held, sent as If-Modified-Since; null for none
 * @param accept the Accept header
 * @param maxBodySize the size cap of this response in bytes after decompression; 0 for the fetcher's default
 */
public record FetchRequest(URI uri, String etag, String lastModified, String accept, long maxBodySize) {
    public static final String ACCEPT_ANY = "*/*";

    public FetchRequest {
        Objects.requireNonNull(uri, "uri");
        accept = accept == null ? ACCEPT_ANY : accept;
    }

    public static FetchRequest get(URI uri, String accept) {
        return new FetchRequest(uri, null, null, accept, 0);
    }

    /** The same request with validators, for a conditional GET. */
    public FetchRequest conditional(String etag, String lastModified) {
        return new FetchRequest(uri, etag, lastModified, accept, maxBodySize);
    }

    public FetchRequest withMaxBodySize(long bytes) {
        return new FetchRequest(uri, etag, lastModified, accept, bytes);
    }
}
