package vn.gov.ward.assistant.dossier;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A CSV body's lines as bytes (before decoding, so each line's UTF-8 is judged on its own), numbered from 1,
 * read up to a size limit. A line over the line limit is skipped to its end and flagged, never kept whole.
 */
final class CsvLines {

    private final InputStream in;
    private final long limit;
    private final int maxLine;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    /** The number of the line {@link #next()} returned last. */
    long number;
    private long read;
    /** The last line was longer than the line limit (its bytes are cut). */
    boolean tooLong;
    /** The body went past the size limit: reading stopped there. */
    boolean overLimit;

    CsvLines(InputStream body, long limit, int maxLine) {
        this.in = new BufferedInputStream(body, 64 * 1024);
        this.limit = limit;
        this.maxLine = maxLine;
    }

    /** The next line without its end ({@code \n} or {@code \r\n}), or null at the end of the body or the limit. */
    byte[] next() throws IOException {
        if (overLimit) return null;
        line.reset();
        tooLong = false;
        boolean any = false;
        int b;
        while ((b = in.read()) != -1) {
            if (++read > limit) {
                overLimit = true;
                return null;
            }
            any = true;
            if (b == '\n') break;
            if (line.size() < maxLine) line.write(b);
            else tooLong = true;
        }
        if (!any) return null;
        number++;
        byte[] bytes = line.toByteArray();
        int length = bytes.length;
        return length > 0 && bytes[length - 1] == '\r' ? Arrays.copyOf(bytes, length - 1) : bytes;
    }
}
