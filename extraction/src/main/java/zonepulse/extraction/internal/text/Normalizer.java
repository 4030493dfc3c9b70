package zonepulse.extraction.internal.text;

/**
 * Folds full-width digits, letters and punctuation to their ASCII forms, one char for one char, so that offsets in
 * the folded text are offsets in the clean text: rules match on the folded text, evidence quotes the clean one.
 */
public final class Normalizer {
    private Normalizer() {}

    public static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }

    public static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            char ascii = (char) (c - 0xFEE0);
            // keep the Chinese pause and sentence marks recognisable as such: only digits, letters, % . / + - fold
            if (Character.isLetterOrDigit(ascii)
                    || ascii == '%'
                    || ascii == '.'
                    || ascii == '/'
                    || ascii == '+'
                    || ascii == '-'
                    || ascii == '('
                    || ascii == ')'
                    || ascii == '~') {
                return ascii;
            }
            return c;
        }
        switch (c) {
            case '\u3000', '\u00A0' -> {
                return ' ';
            }
            case '\uFE6A' -> {
                return '%';
            }
            case '\u2014', '\u2013', '\u2012' -> {
                return '-';
            }
            default -> {
                return c;
            }
        }
    }
}
