package zonepulse.extraction;

/**
 * The one near-duplicate fingerprint of zonepulse: a 64-bit SimHash of the character trigrams of a text's letters and
 * digits, lower-cased (punctuation, spacing and markup do not count; Chinese has no spaces to split words at, and
 * character shingles work for it and for everything else). Two texts telling the same story with different
 * boilerplate differ in a few bits. ingest-service clusters articles with it; the engine publishes it with each
 * article's summary.
 */
public final class Fingerprint {
    /** Characters per shingle. */
    public static final int SHINGLE = 3;

    private Fingerprint() {}

    /** The text a fingerprint is taken of: only letters and digits, lower-case. */
    public static String normalise(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The fingerprint of {@code text} (normalised first). */
    public static long of(CharSequence text) {
        return simHash(normalise(text));
    }

    /** The fingerprint of normalised text; 0 for text shorter than a shingle. */
    public static long simHash(String normalised) {
        // count each byte value of each trigram hash; the bit weights follow at the end (8 adds a trigram, not 64)
        int[] counts = new int[8 * 256];
        int n = normalised.length();
        int total = 0;
        for (int i = 0; i + SHINGLE <= n; i++) {
            long h = hash(normalised, i);
            for (int b = 0; b < 8; b++) {
                counts[b * 256 + ((int) (h >>> (8 * b)) & 0xFF)]++;
            }
            total++;
        }
        if (total == 0) {
            return 0;
        }
        long fp = 0;
        for (int bit = 0; bit < 64; bit++) {
            int base = (bit / 8) * 256;
            int mask = 1 << (bit % 8);
            int ones = 0;
            for (int v = 0; v < 256; v++) {
                if ((v & mask) != 0) {
                    ones += counts[base + v];
                }
            }
            if (2 * ones > total) {
                fp |= 1L << bit;
            }
        }
        return fp;
    }

    /** The fingerprint as 16 hex digits, as events carry it. */
    public static String hex(long fingerprint) {
        return String.format("%016x", fingerprint);
    }

    /** How many bits two fingerprints differ in. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** The three chars at {@code i} packed into one long, then a 64-bit mix so that bits are independent. */
    private static long hash(String s, int i) {
        long h = ((long) s.charAt(i) << 32) | ((long) s.charAt(i + 1) << 16) | s.charAt(i + 2);
        h *= 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return h ^ (h >>> 32);
    }
}
