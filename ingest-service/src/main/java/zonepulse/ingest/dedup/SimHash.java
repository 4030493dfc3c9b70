package zonepulse.ingest.dedup;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;

/**
 * 64-bit SimHash over character n-grams of an article's text (letters and digits only, so punctuation, spacing and
 * markup do not count). Chinese has no spaces to split words at; character shingles work for it and for everything
 * else. Two texts telling the same story with different boilerplate differ in a few bits.
 */
public final class SimHash {
    /** Characters per shingle. */
    public static final int SHINGLE = 3;

    private SimHash() {}

    /** The text a fingerprint is taken of: HTML reduced to its text, then only letters and digits, lower-case. */
    public static String normalise(String content, boolean html) {
        String text = html ? Jsoup.parse(content).text() : content;
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The fingerprint of normalised text; 0 for text shorter than a shingle. */
    public static long of(String normalised) {
        int[] codePoints = normalised.codePoints().toArray();
        if (codePoints.length < SHINGLE) {
            return 0;
        }
        int[] weights = new int[64];
        StringBuilder shingle = new StringBuilder();
        for (int i = 0; i + SHINGLE <= codePoints.length; i++) {
            shingle.setLength(0);
            for (int k = 0; k < SHINGLE; k++) {
                shingle.appendCodePoint(codePoints[i + k]);
            }
            long h = hash(shingle.toString());
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** FNV-1a 64 of the UTF-8 bytes, then a finaliser so every bit depends on every byte. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
