package cn.eport.onboarding.textfile;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The two charsets of the text files the system reads (batch jobs' CSV, the operator import): UTF-8,
 * with or without a byte order mark, or GB18030, what Chinese government systems and Excel on a
 * Chinese Windows write when they do not write UTF-8.
 */
public final class TextCharsets {

    public static final Charset GB18030 = Charset.forName("GB18030");

    private TextCharsets() {
    }

    /**
     * UTF-8 when the whole stream decodes as UTF-8 (the BOM is optional), GB18030 otherwise: a GB18030
     * file of Chinese text practically never is valid UTF-8. Reads the stream to its end, in blocks;
     * the caller closes it.
     */
    public static Charset detect(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        try {
            int read;
            while ((read = in.read(bytes.array(), bytes.position(), bytes.remaining())) != -1) {
                bytes.position(bytes.position() + read);
                bytes.flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return GB18030;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            if (decoder.decode(bytes, chars, true).isError() || decoder.flush(chars).isError() || bytes.hasRemaining()) {
                return GB18030;
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return GB18030;
        }
    }

    /** The stream past a UTF-8 byte order mark when the charset is UTF-8 and the stream starts with one. */
    public static InputStream skipBom(BufferedInputStream in, Charset charset) throws IOException {
        if (charset.equals(StandardCharsets.UTF_8)) {
            in.mark(3);
            byte[] head = in.readNBytes(3);
            if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
                in.reset();
            }
        }
        return in;
    }
}
