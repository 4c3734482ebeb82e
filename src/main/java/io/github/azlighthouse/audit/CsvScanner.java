package io.github.azlighthouse.audit;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * An RFC 4180 CSV scanner over UTF-8 bytes that hands out each field as a range of its buffer, without
 * decoding or copying it: quoted fields (with {@code ""} escapes, commas and line breaks inside), CRLF or LF
 * line ends, a byte-order mark. Billing exports of several GB are read at disk speed; only the few fields
 * the audit needs are ever decoded. Memory: one buffer (64 KiB, grown only for a longer line). Not
 * thread-safe.
 */
final class CsvScanner implements Closeable {

    /** Receives the fields of one line. */
    interface Fields {
        void field(int column, byte[] bytes, int start, int end);
    }

    static final int MAX_FIELD = 16 << 20;

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private long line = 1;
    private long rowLine;
    private String problem;

    CsvScanner(InputStream in) throws IOException {
        this.in = in;
        fill();
        if (limit >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
            pos = 3;
        }
    }

    /** The line the last row started on. */
    long rowLine() {
        return rowLine;
    }

    /** What was wrong with the last row (a quote not closed), or null. */
    String problem() {
        return problem;
    }

    /** Reads the next row into {@code out}; false at the end of the input. Blank lines are skipped. */
    boolean next(Fields out) throws IOException {
        problem = null;
        while (true) {
            if (pos >= limit && !fill()) {
                return false;
            }
            byte b = buf[pos];
            if (b == '\n') { // blank line
                pos++;
                line++;
            } else if (b == '\r') {
                pos++;
            } else {
                break;
            }
        }
        rowLine = line;
        int column = 0;
        while (true) {
            int end = field(out, column++);
            if (end != ',') {
                return true;
            }
        }
    }

    /** Scans one field, hands it out, and returns what ended it: ',', '\n' or -1 (end of input). */
    private int field(Fields out, int column) throws IOException {
        if (pos >= limit && !fill()) {
            out.field(column, buf, pos, pos);
            return -1;
        }
        int start = pos;
        if (buf[pos] == '"') {
            return quoted(out, column);
        }
        while (true) {
            int i = pos;
            int n = limit;
            byte[] b = buf;
            while (i < n) {
                byte c = b[i];
                if (c == ',' || c == '\n' || c == '\r') {
                    out.field(column, b, start, i);
                    pos = i + 1;
                    return terminator(c);
                }
                i++;
            }
            pos = i;
            start = keep(start);
            if (!fill()) {
                out.field(column, buf, start, pos);
                return -1;
            }
        }
    }

    /** A quoted field: unescaped in place ({@code ""} to {@code "}), so its bytes stay one range. */
    private int quoted(Fields out, int column) throws IOException {
        pos++; // the opening quote
        int start = pos;
        int w = pos; // where the next unescaped byte goes
        while (true) {
            if (pos >= limit) {
                int shift = start;
                start = keep(start);
                w -= shift - start;
                if (!fill()) {
                    problem = "a quoted value is not closed before the end of the file";
                    out.field(column, buf, start, w);
                    return -1;
                }
            }
            byte c = buf[pos];
            if (c == '"') {
                if (pos + 1 >= limit) {
                    int shift = start;
                    start = keep(start);
                    w -= shift - start;
                    fill();
                }
                if (pos + 1 < limit && buf[pos + 1] == '"') {
                    buf[w++] = '"';
                    pos += 2;
                    continue;
                }
                pos++; // the closing quote; anything up to the separator is kept, as spreadsheets do
                int end = w;
                while (true) {
                    if (pos >= limit) {
                        int shift = start;
                        start = keep(start);
                        end -= shift - start;
                        if (!fill()) {
                            out.field(column, buf, start, end);
                            return -1;
                        }
                    }
                    byte d = buf[pos++];
                    if (d == ',' || d == '\n' || d == '\r') {
                        out.field(column, buf, start, end);
                        return terminator(d);
                    }
                }
            }
            if (c == '\n') {
                line++;
            }
            if (w != pos) { // only after an escape do bytes move
                buf[w] = c;
            }
            w++;
            pos++;
        }
    }

    /** After '\r' a '\n' may follow; a line end counts the line. */
    private int terminator(byte c) throws IOException {
        if (c == ',') {
            return ',';
        }
        if (c == '\r') {
            if (pos >= limit) {
                fill();
            }
            if (pos < limit && buf[pos] == '\n') {
                pos++;
            }
        }
        line++;
        return '\n';
    }

    /**
     * Moves the bytes from {@code start} to the buffer's front (growing it when the field fills it), so more
     * can be read behind them; returns the new {@code start}.
     */
    private int keep(int start) throws IOException {
        int kept = limit - start;
        if (kept >= buf.length) {
            if (buf.length >= MAX_FIELD) {
                throw new IOException("a value longer than " + (MAX_FIELD >> 20) + " MiB on line " + line);
            }
            byte[] bigger = new byte[buf.length * 2];
            System.arraycopy(buf, start, bigger, 0, kept);
            buf = bigger;
        } else {
            System.arraycopy(buf, start, buf, 0, kept);
        }
        pos -= start;
        limit = kept;
        return 0;
    }

    /**
     * Reads more behind {@code limit}; false at the end of the input. A full buffer that has been read to its
     * end starts over (callers in the middle of a field first {@link #keep} it, which always leaves room).
     */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (limit == buf.length && pos >= limit) {
            pos = 0;
            limit = 0;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n <= 0) {
            eof = n < 0;
            return n > 0 || (!eof && fill());
        }
        limit += n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
