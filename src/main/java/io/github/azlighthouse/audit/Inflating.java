package io.github.azlighthouse.audit;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.GZIPInputStream;

/**
 * A gzip stream inflated on a second thread, one chunk ahead of the reader, so decompression and CSV scanning
 * share the machine's cores. At most {@link #AHEAD} chunks of {@link #CHUNK} bytes wait in memory. Errors of
 * the inflating thread surface in {@link #read}. Chunks are reused, so the heap holds a few, not the file.
 * One reader thread only.
 */
final class Inflating extends InputStream {

    static final int CHUNK = 1 << 18;
    static final int AHEAD = 8;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(AHEAD);
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(AHEAD + 2); // read chunks, for reuse
    private final Thread inflater;
    private volatile IOException failure;
    private volatile boolean closed;
    private byte[] current = new byte[0];
    private int at;
    private int length;

    Inflating(InputStream compressed) {
        inflater = new Thread(() -> inflate(compressed), "lighthouse-gunzip");
        inflater.setDaemon(true);
        inflater.start();
    }

    private void inflate(InputStream compressed) {
        try (InputStream in = new GZIPInputStream(compressed, 1 << 16)) {
            while (!closed) {
                byte[] chunk = free.poll();
                chunk = chunk != null ? chunk : new byte[CHUNK];
                int n = in.readNBytes(chunk, 0, CHUNK);
                if (n <= 0) {
                    break;
                }
                chunks.put(n == CHUNK ? chunk : java.util.Arrays.copyOf(chunk, n));
            }
        } catch (IOException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = new IOException(e.getMessage(), e);
        } finally {
            try {
                while (!closed && !chunks.offer(END, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    // the reader is slow; keep trying until it takes the end or closes
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (at == length) {
            if (current == END) {
                return -1;
            }
            if (current.length == CHUNK) {
                free.offer(current);
            }
            try {
                current = chunks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading a gzip file", e);
            }
            at = 0;
            length = current.length;
            if (current == END) {
                if (failure != null) {
                    throw failure;
                }
                return -1;
            }
        }
        int n = Math.min(len, length - at);
        System.arraycopy(current, at, b, off, n);
        at += n;
        return n;
    }

    @Override
    public void close() {
        closed = true;
        inflater.interrupt();
        chunks.clear();
    }
}
