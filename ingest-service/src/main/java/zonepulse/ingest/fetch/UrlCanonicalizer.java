package zonepulse.ingest.fetch;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The canonical form of an article's URL, which the ledger keys on and the article id is derived from: the same page
 * reached through a feed, a push or an operator's submission gets one id. Lower-case scheme and host, no default port,
 * no fragment, no tracking parameters (utm_*, spm, fbclid, gclid), "/" for an empty path.
 */
public final class UrlCanonicalizer {
    private static final Set<String> TRACKING = Set.of("spm", "fbclid", "gclid", "yclid", "mc_cid", "mc_eid");

    private UrlCanonicalizer() {}

    /**
     * A URI from a URL as found in feeds and pages, percent-encoding what {@link URI} refuses (spaces, non-ASCII).
     *
     * @throws IllegalArgumentException when it is not a URL even so
     */
    public static URI toUri(String url) {
        String trimmed = url.strip();
        try {
            return new URI(trimmed);
        } catch (URISyntaxException e) {
            try {
                return new URI(encodeUnsafe(trimmed));
            } catch (URISyntaxException again) {
                throw new IllegalArgumentException("not a URL: " + url, again);
            }
        }
    }

    /** The canonical form of an absolute http(s) URL. */
    public static String canonical(String url) {
        URI uri = toUri(url);
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new IllegalArgumentException("not an absolute URL with a host: " + url);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = IDN.toASCII(uri.getHost()).toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
            port = -1;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = canonicalQuery(uri.getRawQuery());
        StringBuilder out = new StringBuilder(scheme).append("://").append(host);
        if (port >= 0) {
            out.append(':').append(port);
        }
        out.append(path);
        if (query != null) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(parameter);
            }
        }
        return kept.isEmpty() ? null : String.join("&", kept);
    }

    private static String encodeUnsafe(String url) {
        StringBuilder out = new StringBuilder();
        for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                    || c == '{' || c == '|' || c == '}') {
                out.append('%').append(String.format("%02X", c));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }
}
