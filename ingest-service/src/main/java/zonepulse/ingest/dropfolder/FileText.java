package zonepulse.ingest.dropfolder;

import zonepulse.extraction.ExtractionException;
import zonepulse.extraction.TextDecoder;

/**
 * The text of a dropped file. Decoding is the extraction engine's {@link TextDecoder} (UTF-8 with or without BOM,
 * else GBK/GB18030 or Big5 when the bytes decode cleanly in it), so {@code zonepulse extract} and the pipeline see
 * the same text in the same file. A file without text is refused too: it is no article.
 */
final class FileText {
    private FileText() {}

    static String decode(byte[] bytes) throws RefusedFileException {
        if (bytes.length == 0) {
            throw new RefusedFileException("empty file");
        }
        String text;
        try {
            // a file declares no charset beyond what TextDecoder reads from the document itself (a meta tag)
            text = TextDecoder.decode(bytes, null).text();
        } catch (ExtractionException e) {
            throw new RefusedFileException("cannot be decoded: " + e.getMessage(), e);
        }
        if (text.isBlank()) {
            throw new RefusedFileException("empty file: no text but white space");
        }
        return text;
    }
}
