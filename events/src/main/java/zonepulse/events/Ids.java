package zonepulse.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The contract's deterministic identifiers. */
public final class Ids {
    private static final int ID_LENGTH = 32;

    private Ids() {}

    /** Hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256Hex(byte[] bytes) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return HexFormat.of().formatHex(digest.digest(bytes));
    }

    /** One digest per thread: looking one up costs more than hashing an event id. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    });

    /** The article id of a canonical URI: the first 32 hex chars of its SHA-256. */
    public static String articleId(String canonicalUri) {
        return sha256Hex(canonicalUri).substring(0, ID_LENGTH);
    }

    /**
     * An event's id: the same article, extractor version, evidence span and discriminator (the measure, or the
     * stage and project key) always give the same id, so a redelivered event is recognised.
     */
    public static String eventId(String articleId, String extractorVersion, int start, int end, String discriminator) {
        return sha256Hex(articleId
                        + '\u0000'
                        + extractorVersion
                        + '\u0000'
                        + start
                        + ':'
                        + end
                        + '\u0000'
                        + discriminator)
                .substring(0, ID_LENGTH);
    }
}
