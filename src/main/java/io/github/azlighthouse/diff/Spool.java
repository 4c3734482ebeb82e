package io.github.azlighthouse.diff;

import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.source.Position;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One side of a diff, read once and spooled: each customer's state ({@link StateCodec}) is appended to a scratch
 * file, and only an index stays in memory: customer id to the record's offset, length and digest (about 150 bytes
 * per customer), in the order read. The two sides are compared index against index: a customer whose digests match
 * is unchanged and neither record is read back; a changed one is read back by offset. So memory holds the indexes
 * and one customer of each side, whatever the lists' order. A customer whose parts came from several places (an
 * archive whose entries are not grouped by customer) has several records, merged when read back.
 */
final class Spool implements AutoCloseable {

    /** What kind of input it is, for messages and reports: e.g. {@code customer list}. */
    private final String description;
    private final Position at;
    private final boolean positions;
    private final Path file;
    private final FileChannel channel;
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private long end;
    private String managingTenantId;
    private String pecPrincipalId;

    /** One record of a customer; {@code more} chains further records of the same customer. */
    static final class Slot {
        final String id;
        final long offset;
        final int length;
        final byte[] digest;
        Slot more;
        boolean seen;

        Slot(String id, long offset, int length, byte[] digest) {
            this.id = id;
            this.offset = offset;
            this.length = length;
            this.digest = digest;
        }
    }

    /**
     * @param at where values stand when the record does not say (the file, archive or folder as shown)
     * @param positions keep every value's line and column (the current list's, for findings)
     */
    Spool(String description, Position at, boolean positions, Path scratch) throws IOException {
        this.description = description;
        this.at = at;
        this.positions = positions;
        this.file = Files.createTempFile(scratch, ".lighthouse-baseline-", ".jsonl");
        this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    String description() {
        return description;
    }

    Position at() {
        return at;
    }

    /** Problems reading the baseline: when there are any, nothing is compared. */
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

    /** The baseline's PEC Automation Account, or null when it does not say. */
    String pecPrincipalId() {
        return pecPrincipalId;
    }

    int customers() {
        return slots.size();
    }

    void add(CustomerState state) throws IOException {
        byte[] bytes = StateCodec.encode(state, positions);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long start = end;
        while (buffer.hasRemaining()) {
            channel.write(buffer, start + buffer.position());
        }
        end = start + bytes.length;
        Slot slot = new Slot(state.id(), start, bytes.length, StateCodec.digest(state));
        Slot first = slots.putIfAbsent(state.id(), slot);
        if (first != null) {
            Slot last = first;
            while (last.more != null) {
                last = last.more;
            }
            last.more = slot;
        }
    }

    /** The customer's slot, marked as seen in the current list; null when the baseline does not have it. */
    Slot take(String id) {
        Slot s = slots.get(id);
        if (s != null) {
            s.seen = true;
        }
        return s;
    }

    /** True when both slots hold one record each with the same access: the customer is unchanged. */
    static boolean unchanged(Slot a, Slot b) {
        return a.more == null && b.more == null && java.util.Arrays.equals(a.digest, b.digest);
    }

    CustomerState read(Slot slot) throws IOException {
        CustomerState state = null;
        for (Slot s = slot; s != null; s = s.more) {
            ByteBuffer buffer = ByteBuffer.allocate(s.length);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, s.offset + buffer.position()) < 0) {
                    throw new IOException("the baseline's scratch file " + file + " ended early");
                }
            }
            CustomerState part = StateCodec.decode(buffer.array(), at, at.file(), pecPrincipalId);
            state = state == null ? part : state.merge(part);
        }
        return state;
    }

    /** Every customer, in the order read. */
    Iterator<Slot> all() {
        return slots.values().iterator();
    }

    /** Customers not {@linkplain #take taken}, in the order read: of the baseline, those the current list does not name. */
    Iterator<Slot> unseen() {
        return slots.values().stream().filter(s -> !s.seen).iterator();
    }

    /** Forget every customer read so far (the baseline list is read again, header first). */
    void reset() throws IOException {
        slots.clear();
        findings.clear();
        channel.truncate(0);
        end = 0;
    }

    @Override
    public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }
}
