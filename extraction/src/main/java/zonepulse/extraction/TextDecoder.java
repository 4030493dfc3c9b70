package zonepulse.extraction;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a Chinese document into text: UTF-8 (with or without BOM), GBK, GB18030 or Big5.
 *
 * <p>Order of trust: a BOM; then strict UTF-8 (valid UTF-8 of any length is almost never another charset); then the
 * declared charset (an HTTP header or the page's own meta tag) when the bytes decode cleanly in it; then ICU's
 * detector; then GB18030, the superset of GBK, strictly. Bytes that decode cleanly in none of them are refused with
 * {@link ExtractionException.Reason#UNDECODABLE}, never replaced by U+FFFD silently.
 */
public final class TextDecoder {

    /**
     * Decoded text and the charset that decoded it.
     *
     * @param text the text, without a BOM
     * @param charset the charset used (UTF-8, GB18030, Big5 …)
     * @param declared the charset the caller or the document declared, or null
     */
    public record DecodedText(String text, Charset charset, String declared) {
        public DecodedText {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(charset, "charset");
        }
    }

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final int META_SCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-]{2,20})", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"']([A-Za-z0-9_\\-]{2,20})", Pattern.CASE_INSENSITIVE);
    /** Share of replacement-free but implausible chars above which a detector's guess is refused. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextDecoder() {}

    /** Decodes bytes with no declared charset. */
    public static DecodedText decode(byte[] bytes) throws ExtractionException {
        return decode(bytes, null);
    }

    /**
     * Decodes {@code bytes}, reconciling what they look like with {@code declaredCharset} (an HTTP header's charset,
     * or null; the document's own meta tag is read too).
     *
     * @throws ExtractionException {@link ExtractionException.Reason#UNDECODABLE} when no supported charset decodes
     *     the bytes cleanly
     */
    public static DecodedText decode(byte[] bytes, String declaredCharset) throws ExtractionException {
        Objects.requireNonNull(bytes, "bytes");
        String declared = declaredCharset != null && !declaredCharset.isBlank()
                ? declaredCharset.trim()
                : declaredInDocument(bytes);
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            String text = strict(bytes, 3, StandardCharsets.UTF_8);
            if (text != null) {
                return new DecodedText(text, StandardCharsets.UTF_8, declared);
            }
            throw undecodable("the bytes start with a UTF-8 byte order mark but are not valid UTF-8");
        }
        String utf8 = utf8(bytes);
        if (utf8 != null && plausible(utf8)) {
            return new DecodedText(utf8, StandardCharsets.UTF_8, declared);
        }
        List<Charset> candidates = new ArrayList<>();
        Charset declaredCs = charsetOf(declared);
        if (declaredCs != null) {
            candidates.add(widen(declaredCs));
        }
        Charset detected = detect(bytes);
        if (detected != null) {
            candidates.add(widen(detected));
        }
        candidates.add(GB18030);
        candidates.add(BIG5);
        if (declaredCs != null) {
            String text = strict(bytes, 0, widen(declaredCs));
            if (text != null && plausible(text)) {
                return new DecodedText(text, widen(declaredCs), declared);
            }
        }
        // Undeclared: ICU's guess is unreliable on short texts (a GBK headline can read as Big5 or KOI8-R and still
        // decode cleanly), so every candidate that decodes cleanly is read, and the one whose Chinese is most
        // common wins; the order above breaks ties.
        DecodedText best = null;
        double bestScore = -1;
        for (Charset cs : candidates) {
            if (cs.equals(StandardCharsets.UTF_8)) {
                continue;
            }
            String text = strict(bytes, 0, cs);
            if (text != null && plausible(text)) {
                double score = commonHanziShare(text);
                if (score > bestScore) {
                    best = new DecodedText(text, cs, declared);
                    bestScore = score;
                }
            }
        }
        if (best != null) {
            return best;
        }
        throw undecodable("the bytes are not text in UTF-8, GBK, GB18030 or Big5"
                + (declared != null ? " (declared charset " + declared + ")" : ""));
    }

    private static ExtractionException undecodable(String message) {
        return new ExtractionException(ExtractionException.Reason.UNDECODABLE, "undecodable document: " + message);
    }

    /** GBK and GB2312 labels are widened to GB18030, their superset, so that rarer characters still decode. */
    private static Charset widen(Charset cs) {
        String name = cs.name().toUpperCase(Locale.ROOT);
        if (name.equals("GBK") || name.equals("GB2312") || name.equals("X-GBK") || name.equals("EUC-CN")) {
            return GB18030;
        }
        return cs;
    }

    private static Charset charsetOf(String label) {
        if (label == null) {
            return null;
        }
        try {
            return Charset.forName(label.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String declaredInDocument(byte[] bytes) {
        int n = Math.min(bytes.length, META_SCAN_BYTES);
        if (!containsIgnoreCase(bytes, n, "charset") && !containsIgnoreCase(bytes, n, "encoding")) {
            return null; // most documents declare nothing: no regex over their head
        }
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            return m.group(1);
        }
        m = XML_ENCODING.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** ASCII {@code word} (lower case) in the first {@code n} bytes, ignoring case. */
    private static boolean containsIgnoreCase(byte[] bytes, int n, String word) {
        byte first = (byte) word.charAt(0);
        int last = n - word.length();
        outer:
        for (int i = 0; i <= last; i++) {
            if ((bytes[i] | 0x20) != first) {
                continue;
            }
            for (int k = 1; k < word.length(); k++) {
                if ((bytes[i + k] | 0x20) != word.charAt(k)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static Charset detect(byte[] bytes) {
        try {
            CharsetDetector detector = new CharsetDetector();
            detector.setText(bytes.length > 65536 ? java.util.Arrays.copyOf(bytes, 65536) : bytes);
            CharsetMatch match = detector.detect();
            return match == null ? null : charsetOf(match.getName());
        } catch (RuntimeException e) {
            return null; // the detector is a hint; strict decoding below decides
        }
    }

    /**
     * Strict UTF-8, fast: the JDK's String decoding, trusted when it needed no replacement char; only text that
     * holds U+FFFD is checked again strictly.
     */
    private static String utf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : strict(bytes, 0, StandardCharsets.UTF_8);
    }

    private static String strict(byte[] bytes, int offset, Charset cs) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * The 3,755 most common hanzi (GB2312 level 1), simplified and traditional alike for the commonest of them:
     * the right charset turns a Chinese document mostly into these, a wrong one into rare characters or
     * other scripts.
     */
    private static final java.util.BitSet COMMON_HANZI = commonHanzi();

    private static java.util.BitSet commonHanzi() {
        java.util.BitSet set = new java.util.BitSet(0x10000);
        Charset gb2312 = Charset.forName("GB2312");
        byte[] pair = new byte[2];
        for (int row = 0xB0; row <= 0xD7; row++) {
            for (int col = 0xA1; col <= 0xFE; col++) {
                pair[0] = (byte) row;
                pair[1] = (byte) col;
                String hanzi = strict(pair, 0, gb2312);
                if (hanzi != null && hanzi.length() == 1) {
                    set.set(hanzi.charAt(0));
                }
            }
        }
        return set;
    }

    /** Share of the non-ASCII letters of {@code text} that are common hanzi; 0 when there are none. */
    static double commonHanziShare(String text) {
        int letters = 0;
        int common = 0;
        int n = Math.min(text.length(), 65536);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80 || !Character.isLetter(c)) {
                continue;
            }
            letters++;
            if (COMMON_HANZI.get(c)) {
                common++;
            }
        }
        return letters == 0 ? 0 : (double) common / letters;
    }

    /** Text, not binary that happens to decode: few control chars other than whitespace. */
    private static boolean plausible(String text) {
        int controls = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                    || (c >= 0x7F && c < 0xA0)
                    || (c >= 0xE000 && c <= 0xF8FF)) {
                controls++;
            }
        }
        return n == 0 || controls <= Math.max(2, n * MAX_CONTROL_SHARE);
    }
}
