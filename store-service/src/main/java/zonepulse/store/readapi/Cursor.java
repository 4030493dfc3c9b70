package zonepulse.store.readapi;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import zonepulse.store.storage.ReadQueries.Position;

/**
 * The opaque {@code cursor} of a page: where the previous page ended (its last item's sort key and id), base64url
 * encoded. Keyset paging, not offsets: a page does not shift when events are added before it.
 */
final class Cursor {
    private static final char SEPARATOR = '\n';

    private Cursor() {}

    static String encode(Position position) {
        String raw = position.sortKey() + SEPARATOR + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The position, or null for none; a cursor this API did not make is a {@link BadParameterException}. */
    static Position decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("cursor", "not a cursor of this API (take it from a page's next link)");
        }
        int split = raw.indexOf(SEPARATOR);
        if (split < 0 || split == raw.length() - 1) {
            throw new BadParameterException("cursor", "not a cursor of this API (take it from a page's next link)");
        }
        return new Position(raw.substring(0, split), raw.substring(split + 1));
    }
}
