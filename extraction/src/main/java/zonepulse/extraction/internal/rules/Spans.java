package zonepulse.extraction.internal.rules;

import zonepulse.extraction.internal.text.Trie;

/** Character classes and span helpers over folded text. */
final class Spans {
    private Spans() {}

    /** Ends a statement: 。！？ (a figure's period and status carry over clauses up to here). */
    static boolean endsStatement(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n';
    }

    /** Ends a sentence: a statement end or ；. */
    static boolean endsSentence(char c) {
        return endsStatement(c) || c == '；' || c == ';';
    }

    /** Separates clauses: where an indicator's name cannot reach across. */
    static boolean clauseBoundary(char c) {
        return endsSentence(c)
                || c == '，'
                || c == ','
                || c == '：'
                || c == ':'
                || c == '…'
                || c == '（'
                || c == '）'
                || c == '('
                || c == ')'
                || c == '【'
                || c == '】'
                || c == '['
                || c == ']'
                || c == '—';
    }

    /** Separates a project name from what governs it; parentheses may be part of a name (星网(国际)工业园). */
    static boolean projectBoundary(char c) {
        return endsSentence(c) || c == '，' || c == ',' || c == '：' || c == ':' || c == '…' || c == '【' || c == '】';
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean isPunct(char c) {
        return !Character.isLetterOrDigit(c);
    }

    /** Last index of {@code c} inside {@code [from, to)}, or -1; never looks before {@code from}. */
    static int lastIndexOf(String t, char c, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (t.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Start of the clause holding {@code pos}, not before {@code floor}. */
    static int clauseStart(String t, int floor, int pos) {
        int i = pos;
        while (i > floor && !clauseBoundary(t.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Start of the clause holding {@code pos} as project rules see clauses ({@link #projectBoundary}), not before {@code floor}. */
    static int projectClauseStart(String t, int floor, int pos) {
        int i = pos;
        while (i > floor && !projectBoundary(t.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** End of the clause holding {@code pos}, not after {@code ceil}. */
    static int clauseEnd(String t, int pos, int ceil) {
        int i = pos;
        while (i < ceil && !clauseBoundary(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Trims spaces and punctuation other than quotes and brackets that belong to a name. */
    static int[] trim(String t, int start, int end) {
        while (start < end && (t.charAt(start) == ' ' || isLeadingJunk(t.charAt(start)))) {
            start++;
        }
        while (end > start && (t.charAt(end - 1) == ' ' || isTrailingJunk(t.charAt(end - 1)))) {
            end--;
        }
        return new int[] {start, end};
    }

    private static boolean isLeadingJunk(char c) {
        return isPunct(c) && c != '“' && c != '「' && c != '(' && c != '（' && c != '《';
    }

    private static boolean isTrailingJunk(char c) {
        return isPunct(c) && c != '”' && c != '」' && c != ')' && c != '）' && c != '》' && c != '%';
    }

    /** Strips words of a reversed-word lexicon from the end of {@code [start, end)}, repeatedly. */
    static int stripTrailing(String t, int start, int end, Trie<Boolean> reversedWords) {
        while (end > start) {
            while (end > start && t.charAt(end - 1) == ' ') {
                end--;
            }
            int len = reversedWords.longestReversedEndingAt(t, start, end);
            if (len == 0) {
                break;
            }
            end -= len;
        }
        return end;
    }

    /** Strips words of a lexicon from the start of {@code [start, end)}, repeatedly. */
    static int stripLeading(String t, int start, int end, Trie<Boolean> words) {
        boolean changed = true;
        while (changed && start < end) {
            changed = false;
            while (start < end && t.charAt(start) == ' ') {
                start++;
            }
            Trie.Match<Boolean> m = words.longestAt(t, start, end);
            if (m != null && m.end() < end) {
                start = m.end();
                changed = true;
            }
        }
        return start;
    }

    /** True when the reversed-word lexicon holds a word {@code s} ends with. */
    static boolean endsWithAny(String s, Trie<Boolean> reversedWords) {
        return reversedWords.longestReversedEndingAt(s, 0, s.length()) > 0;
    }

    /** Letters and digits only: how names are compared (score.py removes spaces and punctuation alike). */
    static String loose(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** First index of {@code w} inside {@code [from, to)}; never looks past {@code to}. */
    static int indexOfIn(String t, String w, int from, int to) {
        char first = w.charAt(0);
        int last = to - w.length();
        for (int i = Math.max(0, from); i <= last; i++) {
            if (t.charAt(i) == first && t.startsWith(w, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether one of {@code words} occurs in {@code s}. */
    static boolean containsAny(String s, Iterable<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Start of the sentence (after ；。！？ or a line break) holding {@code pos}, at most 2000 chars back. */
    static int sentenceStart(String t, int pos) {
        int s = pos;
        while (s > 0 && pos - s < 2000 && !endsSentence(t.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    /** The sentence (up to ；。！？) around a span, at most a few hundred chars either side: {start, end}. */
    static int[] sentence(String t, int start, int end) {
        int s = start;
        while (s > 0 && start - s < 600 && !endsSentence(t.charAt(s - 1))) {
            s--;
        }
        int e = end;
        while (e < t.length() && e - end < 600 && !endsSentence(t.charAt(e))) {
            e++;
        }
        if (e < t.length() && t.charAt(e) != '\n') {
            e++;
        }
        return new int[] {s, Math.max(e, end)};
    }
}
