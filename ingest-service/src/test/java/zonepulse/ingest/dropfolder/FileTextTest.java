package zonepulse.ingest.dropfolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileTextTest {
    private static final String CHINESE = "2021年1-8月，经开区规模以上工业总产值3713.4亿元，同比增长31.9%。智飞绿竹生物制药产业化基地项目开工。";

    @Test
    void decodesUtf8() throws Exception {
        assertThat(FileText.decode(CHINESE.getBytes(StandardCharsets.UTF_8))).isEqualTo(CHINESE);
    }

    @Test
    void dropsTheUtf8ByteOrderMark() throws Exception {
        byte[] body = CHINESE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        assertThat(FileText.decode(withBom)).isEqualTo(CHINESE);
    }

    @Test
    void detectsGbk() throws Exception {
        assertThat(FileText.decode(CHINESE.getBytes(Charset.forName("GBK")))).isEqualTo(CHINESE);
    }

    @Test
    void detectsGb18030WithFourByteCharacters() throws Exception {
        String text = CHINESE + "㐀€"; // U+3400 takes four bytes in GB18030 and is not in GBK
        assertThat(FileText.decode(text.getBytes(Charset.forName("GB18030")))).isEqualTo(text);
    }

    @Test
    void refusesBytesThatAreNoText() {
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, (byte) 0xFF, (byte) 0x80};
        assertThatThrownBy(() -> FileText.decode(binary))
                .isInstanceOf(RefusedFileException.class)
                .hasMessageStartingWith("cannot be decoded: undecodable document");
    }

    @Test
    void refusesAByteOrderMarkFollowedByOtherBytes() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xFF, (byte) 0xFF};
        assertThatThrownBy(() -> FileText.decode(bytes)).hasMessageContaining("byte order mark");
    }

    @Test
    void refusesEmptyAndBlankFiles() {
        assertThatThrownBy(() -> FileText.decode(new byte[0])).hasMessage("empty file");
        assertThatThrownBy(() -> FileText.decode(" \n\t".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("empty file");
    }
}
