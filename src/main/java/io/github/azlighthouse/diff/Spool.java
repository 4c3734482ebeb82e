package io.github.azlighthouse.diff;

import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.source.Position;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * One side of a diff, read once and spooled: each customer's state ({@link StateCodec}) goes to a scratch file as a
 * record with the customer's id and the digest of what it grants. The baseline's spool is <em>indexed</em>: memory
 * keeps customer id to offset, length and digest (about 140 bytes a customer), in the order read, so any customer
 * can be looked up. The current list's is <em>sequential</em>: nothing stays in memory, and the records are read
 * back in list order. Comparing walks the current records and looks each up in the baseline's index: equal digests
 * mean no change and the baseline's record is not read. A customer whose parts came from several places (an archive
 * whose entries are not grouped by customer) has several records, merged when read back.
 */
final class Spool implements AutoCloseable {

    /** What kind of input it is, for messages and reports: e.g. {@code customer list}. */
    private final String description;

    private final Position at;
    private final boolean current;
    private final Path file;
    private final FileChannel channel;
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private DataOutputStream sequence;
    private long end;
    private int count;
    private String managingTenantId;
    private String pecPrincipalId;

    /** One record of a customer; {@code more} chains further records of the same customer (indexed spools). */
    static final class Slot {
        final String id;
        final long offset;
        final int length;
        final long digest0;
        final long digest1;
        final byte[] bytes;
        Slot more;
        boolean seen;

        Slot(String id, long offset, int length, byte[] digest, byte[] bytes) {
            this.id = id;
            this.offset = offset;
            this.length = length;
            ByteBuffer d = ByteBuffer.wrap(digest);
            this.digest0 = d.getLong(0);
            this.digest1 = d.getLong(8);
            this.bytes = bytes;
        }
    }

    /**
     * @param at where values stand when the record does not say (the file, archive or folder as shown)
     * @param current the current list's spool: sequential, with every value's line and column (for findings)
     */
    Spool(String description, Position at, boolean current, Path scratch) throws IOException {
        this.description = description;
        this.at = at;
        this.current = current;
        this.file = Files.createTempFile(scratch, ".lighthouse-" + (current ? "current" : "baseline") + "-", ".spool");
        this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        this.sequence = current
                ? new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16))
                : null;
    }

    String description() {
        return description;
    }

    /** Problems reading this side: when there are errors, nothing is compared. */
    List<Finding> findings() {
        return findings;
    }

    void managingTenantId(String id) {
        managingTenantId = managingTenantId == null ? id : managingTenantId;
    }

    String managingTenantId() {
        return managingTenantId;
    }

    void pecPrincipalId(String id) {
        pecPrincipalId = pecPrincipalId == null ? id : pecPrincipalId;
    }

    /** This side's PEC Automation Account, or null when it does not say. */
    String pecPrincipalId() {
        return pecPrincipalId;
    }

    /** Customers: distinct ids of an indexed spool, records of a sequential one. */
    int customers() {
        return current ? count : slots.size();
    }

    void add(CustomerState state) throws IOException {
        byte[] bytes = StateCodec.encode(state, current);
        byte[] digest = StateCodec.digest(state);
        count++;
        if (current) {
            byte[] id = state.id().getBytes(StandardCharsets.UTF_8);
            sequence.writeInt(id.length);
            sequence.write(id);
            sequence.write(digest);
            sequence.writeInt(bytes.length);
            sequence.write(bytes);
            return;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long start = end;
        while (buffer.hasRemaining()) {
            channel.write(buffer, start + buffer.position());
        }
        end = start + bytes.length;
        Slot slot = new Slot(state.id(), start, bytes.length, digest, null);
        Slot first = slots.putIfAbsent(state.id(), slot);
        if (first != null) {
            Slot last = first;
            while (last.more != null) {
                last = last.more;
            }
            last.more = slot;
        }
    }

    /** The baseline customer with this id, marked as seen; null when the baseline does not have it. */
    Slot take(String id) {
        Slot s = slots.get(id);
        if (s != null) {
            s.seen = true;
        }
        return s;
    }

    /** True when both hold one record each with the same access: the customer is unchanged. */
    static boolean unchanged(Slot a, Slot b) {
        return a.more == null && b.more == null && a.digest0 == b.digest0 && a.digest1 == b.digest1;
    }

    CustomerState read(Slot slot) throws IOException {
        CustomerState state = null;
        for (Slot s = slot; s != null; s = s.more) {
            byte[] bytes = s.bytes;
            if (bytes == null) {
                ByteBuffer buffer = ByteBuffer.allocate(s.length);
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer, s.offset + buffer.position()) < 0) {
                        throw new IOException("the scratch file " + file + " ended early");
                    }
                }
                bytes = buffer.array();
            }
            CustomerState part = StateCodec.decode(bytes, at, at.file(), pecPrincipalId);
            state = state == null ? part : state.merge(part);
        }
        return state;
    }

    /** The records of a sequential spool, in the order written, each with its bytes; reading ends writing. */
    Iterator<Slot> sequence() throws IOException {
        sequence.flush();
        DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        return new Iterator<>() {
            private Slot next = advance();

            private Slot advance() {
                try {
                    int idLength;
                    try {
                        idLength = in.readInt();
                    } catch (EOFException e) {
                        in.close();
                        return null;
                    }
                    String id = new String(in.readNBytes(idLength), StandardCharsets.UTF_8);
                    byte[] digest = in.readNBytes(16);
                    byte[] bytes = in.readNBytes(in.readInt());
                    return new Slot(id, 0, bytes.length, digest, bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Slot next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Slot s = next;
                next = advance();
                return s;
            }
        };
    }

    /** Customers of an indexed spool not {@linkplain #take taken}: of the baseline, those the current list does not name. */
    Iterator<Slot> unseen() {
        return slots.values().stream().filter(s -> !s.seen).iterator();
    }

    /** Forget every customer read so far (the list is read again, header first). */
    void reset() throws IOException {
        slots.clear();
        findings.clear();
        count = 0;
        end = 0;
        if (current) {
            sequence.flush();
            channel.truncate(0);
            channel.position(0);
            sequence = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
        } else {
            channel.truncate(0);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }
}
