package zonepulse.extraction.internal.rules;

/**
 * A share said with 占 or 比重: 「高技术产业产值占全区工业的比重」, 「GDP占全省的1/4」 — the part before 占 is the
 * measure, the rest its whole; 「实际使用外资18.6亿美元，占深圳全市的46%」 — a phrase opening with 占 names the whole, and
 * the part is the figure named before. 占地 (floor area) and a list after 占 are no share. Stateless.
 */
final class ShareOfWhole {
    private ShareOfWhole() {}

    /**
     * What a phrase before a figure says about a share.
     *
     * @param words the phrase, without the whole when it named one
     * @param start where those words now start
     * @param share whether the figure is a share by its words
     * @param whole the whole named after an opening 占 when a figure was named before, or null
     */
    record Split(String words, int start, boolean share, String whole) {}

    /**
     * Reads the share in {@code words} (starting at {@code start}) before a figure joined by {@code connector};
     * {@code partNamedBefore}: whether the statement named a figure before this one.
     */
    static Split read(String words, int start, String connector, boolean partNamedBefore) {
        boolean share = Connector.share(connector);
        String whole = null;
        int zhan = words.indexOf('占');
        if (zhan > 0 && words.indexOf('、', zhan) < 0 && !words.startsWith("占地", zhan)) {
            share = true;
            words = words.substring(0, zhan).strip();
        } else if (words.endsWith("比重") || words.endsWith("占比")) {
            share = true;
        }
        if (words.startsWith("占")) {
            share = true;
            words = words.substring(1);
            start++;
            if (partNamedBefore && !words.isEmpty()) {
                whole = words;
            }
        }
        return new Split(words, start, share, whole);
    }
}
