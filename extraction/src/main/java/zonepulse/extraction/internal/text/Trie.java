package zonepulse.extraction.internal.text;

import java.util.Arrays;

/**
 * A lexicon of words with a value each, matched longest-first at a position: scanning with it is linear in the
 * text, with no regex backtracking. Children are kept in sorted char arrays, so a lookup allocates nothing. Built
 * once (in static initialisers) and then only read, which is thread-safe.
 */
public final class Trie<V> {
    private static final class Node<V> {
        char[] keys = new char[0];

        @SuppressWarnings("unchecked")
        Node<V>[] kids = new Node[0];

        V value;
        String word;

        Node<V> get(char c) {
            char[] k = keys;
            if (k.length <= 8) {
                for (int i = 0; i < k.length; i++) {
                    if (k[i] == c) {
                        return kids[i];
                    }
                }
                return null;
            }
            int i = Arrays.binarySearch(k, c);
            return i >= 0 ? kids[i] : null;
        }

        Node<V> getOrAdd(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return kids[i];
            }
            int at = -i - 1;
            char[] k = new char[keys.length + 1];
            @SuppressWarnings("unchecked")
            Node<V>[] n = new Node[kids.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(kids, 0, n, 0, at);
            k[at] = c;
            n[at] = new Node<>();
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(kids, at, n, at + 1, kids.length - at);
            keys = k;
            kids = n;
            return n[at];
        }
    }

    /** A lexicon word found in a text. */
    public record Match<V>(int start, int end, String word, V value) {}

    private final Node<V> root = new Node<>();
    /** Root children of CJK ideographs by direct index: the first step of every lookup costs one array read. */
    private static final int CJK_FIRST = 0x4E00;

    private static final int CJK_LAST = 0x9FFF;

    @SuppressWarnings("unchecked")
    private Node<V>[] cjkRoot = new Node[0];
    /** The chars some word starts with, as a bit set: most text positions are rejected by one bit test. */
    private final long[] firstChars = new long[1024];

    private int maxLength;

    /** A set of words as a trie (a lexicon file's words, to find at text positions). */
    public static Trie<Boolean> ofWords(Iterable<String> words) {
        Trie<Boolean> trie = new Trie<>();
        for (String w : words) {
            trie.put(w, true);
        }
        return trie;
    }

    /** A set of words, each reversed: to find the longest word ending at a position. */
    public static Trie<Boolean> ofReversedWords(Iterable<String> words) {
        Trie<Boolean> trie = new Trie<>();
        for (String w : words) {
            trie.put(new StringBuilder(w).reverse().toString(), true);
        }
        return trie;
    }

    public Trie<V> put(String word, V value) {
        if (!word.isEmpty()) {
            char c = word.charAt(0);
            firstChars[c >>> 6] |= 1L << (c & 63);
        }
        Node<V> node = root;
        for (int i = 0; i < word.length(); i++) {
            node = node.getOrAdd(word.charAt(i));
        }
        char c0 = word.isEmpty() ? 0 : word.charAt(0);
        if (c0 >= CJK_FIRST && c0 <= CJK_LAST) {
            if (cjkRoot.length == 0) {
                @SuppressWarnings("unchecked")
                Node<V>[] table = new Node[CJK_LAST - CJK_FIRST + 1];
                cjkRoot = table;
            }
            cjkRoot[c0 - CJK_FIRST] = root.get(c0);
        }
        node.value = value;
        node.word = word;
        maxLength = Math.max(maxLength, word.length());
        return this;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The longest word starting at {@code from} and ending by {@code limit}, or null. */
    public Match<V> longestAt(CharSequence text, int from, int limit) {
        if (from >= limit) {
            return null;
        }
        char c0 = text.charAt(from);
        if (!mayStart(c0)) {
            return null;
        }
        Node<V> node = c0 >= CJK_FIRST && c0 <= CJK_LAST ? cjkRoot[c0 - CJK_FIRST] : root.get(c0);
        if (node == null) {
            return null;
        }
        Node<V> best = node.word != null ? node : null;
        int bestEnd = from + 1;
        for (int i = from + 1; i < limit; i++) {
            node = node.get(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.word != null) {
                best = node;
                bestEnd = i + 1;
            }
        }
        return best == null ? null : new Match<>(from, bestEnd, best.word, best.value);
    }

    /** True when some word may start with {@code c}: one bit test. */
    public boolean mayStart(char c) {
        return (firstChars[c >>> 6] & (1L << (c & 63))) != 0;
    }

    /**
     * For a lexicon of reversed words: the length of the longest word that {@code text} ends with at {@code end},
     * not reaching before {@code floor}; 0 when none. Walks the text backwards, so nothing is allocated.
     */
    public int longestReversedEndingAt(CharSequence text, int floor, int end) {
        Node<V> node = root;
        int best = 0;
        for (int i = end - 1; i >= floor; i--) {
            node = node.get(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.word != null) {
                best = end - i;
            }
        }
        return best;
    }

    /** The longest word ending exactly at {@code end}, starting no earlier than {@code floor}, or null. */
    public Match<V> longestEndingAt(CharSequence text, int floor, int end) {
        for (int start = Math.max(floor, end - maxLength); start < end; start++) {
            Match<V> m = longestAt(text, start, end);
            if (m != null && m.end() == end) {
                return m;
            }
        }
        return null;
    }

    /** The first (leftmost, then longest) word in {@code [from, limit)}, or null. */
    public Match<V> find(CharSequence text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (mayStart(text.charAt(i))) {
                Match<V> m = longestAt(text, i, limit);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /** True when {@code word} is in the lexicon. */
    public boolean contains(String word) {
        Match<V> m = longestAt(word, 0, word.length());
        return m != null && m.end() == word.length();
    }

    public V get(String word) {
        Match<V> m = longestAt(word, 0, word.length());
        return m != null && m.end() == word.length() ? m.value() : null;
    }
}
