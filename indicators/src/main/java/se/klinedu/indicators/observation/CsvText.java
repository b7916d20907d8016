package se.klinedu.indicators.observation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import se.klinedu.core.json.KlineduJson;

/**
 * The bytes of a CSV file turned into text as a {@link CsvEncoding} says, or the problem that keeps them
 * from it: never a guess that turns "Åby" into "Ã…by" or "�by".
 */
final class CsvText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final String text;
    private final ObservationProblem problem;

    private CsvText(String text, ObservationProblem problem) {
        this.text = text;
        this.problem = problem;
    }

    /** {@return the text, or null when there is a problem} */
    String text() {
        return text;
    }

    /** {@return the problem, or null when there is text} */
    ObservationProblem problem() {
        return problem;
    }

    /**
     * Reads a file's bytes, at most {@link KlineduJson#MAX_DOCUMENT_LENGTH} of them.
     *
     * @param in the bytes, not closed
     * @param encoding how they are encoded
     * @return the text or the problem
     * @throws UncheckedIOException if the stream fails
     */
    static CsvText read(InputStream in, CsvEncoding encoding) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) KlineduJson.MAX_DOCUMENT_LENGTH + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > KlineduJson.MAX_DOCUMENT_LENGTH) {
            return failed("CSV", "is larger than " + KlineduJson.MAX_DOCUMENT_LENGTH + " bytes (16 MiB)");
        }
        return decode(bytes, encoding);
    }

    /**
     * Decodes a file's bytes.
     *
     * @param bytes the bytes
     * @param encoding how they are encoded
     * @return the text or the problem
     */
    static CsvText decode(byte[] bytes, CsvEncoding encoding) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        int start = bom ? 3 : 0;
        int badUtf8 = firstMalformed(bytes, start, StandardCharsets.UTF_8);
        if (bom || encoding == CsvEncoding.UTF_8) {
            return badUtf8 < 0 ? text(bytes, start, StandardCharsets.UTF_8)
                    : failed(place(bytes, badUtf8), "is not UTF-8 (byte " + hex(bytes[badUtf8]) + "); Excel saves CSV as "
                            + "Windows-1252: read it with CsvFormat.swedishExcel() or the encoding windows-1252 or detect");
        }
        if (encoding == CsvEncoding.WINDOWS_1252 && badUtf8 < 0 && firstAbove127(bytes) >= 0) {
            return failed(place(bytes, firstAbove127(bytes)), "is UTF-8 (byte " + hex(bytes[firstAbove127(bytes)])
                    + " begins a letter beyond ASCII), not Windows-1252: read it with the encoding utf-8 or detect");
        }
        if (badUtf8 < 0) {
            return text(bytes, start, StandardCharsets.UTF_8);
        }
        int bad1252 = firstMalformed(bytes, start, WINDOWS_1252);
        return bad1252 < 0 ? text(bytes, start, WINDOWS_1252)
                : failed(place(bytes, bad1252), "is neither UTF-8 nor Windows-1252 (byte " + hex(bytes[bad1252]) + ")");
    }

    /** {@return the offset of the first byte that does not decode, or -1} */
    private static int firstMalformed(byte[] bytes, int start, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult result = decoder.decode(in, out, true);
        // an overflow only means the scratch buffer is full: decoding goes on where it stopped
        for (; result.isOverflow(); result = decoder.decode(in, out, true)) {
            out.clear();
        }
        if (result.isError()) {
            return in.position();
        }
        for (result = decoder.flush(out); result.isOverflow(); result = decoder.flush(out)) {
            out.clear();
        }
        return result.isError() ? in.position() : -1;
    }

    private static int firstAbove127(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    private static CsvText text(byte[] bytes, int start, Charset charset) {
        try {
            return new CsvText(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString(), null);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("checked before decoding", e);
        }
    }

    private static CsvText failed(String location, String reason) {
        return new CsvText(null, ObservationProblem.of(location, reason));
    }

    /** {@return the line and column of a byte: lines counted by line feeds, columns in bytes from 1} */
    private static String place(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", byte " + (offset - lineStart + 1);
    }

    private static String hex(byte b) {
        return String.format(Locale.ROOT, "0x%02X", b & 0xFF);
    }
}
