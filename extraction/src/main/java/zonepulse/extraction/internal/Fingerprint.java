package zonepulse.extraction.internal;

/** 64-bit SimHash of a text's character trigrams: near-duplicate articles differ in few bits. */
public final class Fingerprint {
    private Fingerprint() {}

    public static String simHash(String text) {
        // count each byte value of each hash byte; the bit weights follow at the end (8 adds a trigram, not 64)
        int[] counts = new int[8 * 256];
        int n = text.length();
        int total = 0;
        for (int i = 0; i + 3 <= n; i++) {
            long h = hash(text, i);
            counts[(int) h & 0xFF]++;
            counts[256 + ((int) (h >>> 8) & 0xFF)]++;
            counts[512 + ((int) (h >>> 16) & 0xFF)]++;
            counts[768 + ((int) (h >>> 24) & 0xFF)]++;
            counts[1024 + ((int) (h >>> 32) & 0xFF)]++;
            counts[1280 + ((int) (h >>> 40) & 0xFF)]++;
            counts[1536 + ((int) (h >>> 48) & 0xFF)]++;
            counts[1792 + ((int) (h >>> 56) & 0xFF)]++;
            total++;
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
        return String.format("%016x", fp);
    }

    /** The three chars packed into one long, then a 64-bit mix so that bits are independent. */
    private static long hash(String s, int i) {
        long h = ((long) s.charAt(i) << 32) | ((long) s.charAt(i + 1) << 16) | s.charAt(i + 2);
        h *= 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return h ^ (h >>> 32);
    }
}
