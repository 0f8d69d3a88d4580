package asynclang.runtime.sync;

import java.util.ArrayDeque;

import asynclang.runtime.Waker;

/**
 * A multi-producer channel, bounded or not, with Tokio's capacity rule: a value holds its slot
 * from the moment it is sent until a receiver takes it. A slot freed while senders wait is
 * given to the first of them, which puts its value in when it next runs (so the receiver sees
 * it only after the sender has resumed, and a newcomer cannot overtake the queue). Closing
 * refuses every send that has not put its value in yet, as Tokio's {@code Receiver::close} does;
 * receivers see the end only after those senders have run.
 */
public final class Channel {

    /** What {@link #tryReceive} returns when the channel is closed and drained. */
    public static final Object CLOSED = new Object();

    private final ArrayDeque<Object> buffer = new ArrayDeque<>();
    private final int capacity;
    private boolean closed;
    /** Values granted to waiting receivers that have not yet taken them. */
    private int handed;
    /** Slots given to waiting senders that have not yet put their value in. */
    private int reserved;
    private final WaitQueue receivers = new WaitQueue("channel");
    private final WaitQueue senders = new WaitQueue("channel");

    /** {@code capacity} of {@link Integer#MAX_VALUE} means unbounded. */
    public Channel(int capacity) {
        this.capacity = capacity;
    }

    /** Values sent and not yet received. */
    public int length() {
        return buffer.size() + handed;
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean isBounded() {
        return capacity != Integer.MAX_VALUE;
    }

    public int capacity() {
        return capacity;
    }

    /** True if sent; false if the channel is full (then wait with {@link #waitToSend}). */
    public boolean trySend(Object value) {
        if (buffer.size() + handed + reserved >= capacity || !senders.isEmpty()) {
            return false;
        }
        deliver(value);
        return true;
    }

    /** A sender waits for a slot; once granted, it calls {@link #fill} with its value. */
    public WaitQueue.Waiter waitToSend(Waker waker) {
        return senders.enqueue(waker, null);
    }

    /** A sender granted a slot puts its value in; false if the channel closed meanwhile. */
    public boolean fill(Object value) {
        reserved--;
        if (closed) {
            endIfDrained();
            return false;
        }
        deliver(value);
        return true;
    }

    private void deliver(Object value) {
        if (receivers.grantFirst(value)) {
            handed++;
        } else {
            buffer.add(value);
        }
    }

    /** The next value, {@link #CLOSED}, or null if there is none yet. */
    public Object tryReceive() {
        Object v = buffer.poll();
        if (v != null) {
            freeSlot();
            return v;
        }
        return closed && reserved == 0 ? CLOSED : null;
    }

    /** A receiver took the value it was granted. */
    public void taken() {
        handed--;
        freeSlot();
    }

    /** Puts back a value a cancelled receiver was granted but never took. */
    public void unreceive(Object value) {
        if (!receivers.grantFirst(value)) {
            handed--;
            buffer.addFirst(value);
        }
    }

    private void freeSlot() {
        if (senders.grantFirst(Boolean.TRUE)) {
            reserved++;
        }
    }

    public WaitQueue.Waiter waitToReceive(Waker waker) {
        return receivers.enqueue(waker, null);
    }

    public void cancelReceive(WaitQueue.Waiter w) {
        receivers.remove(w);
    }

    /** A cancelled sender leaves the queue, or gives back the slot it was granted. */
    public void cancelSend(WaitQueue.Waiter w) {
        if (!w.isGranted()) {
            senders.remove(w);
        } else if (w.value() != CLOSED) {
            reserved--;
            freeSlot();
            endIfDrained();
        }
    }

    /**
     * Waiting senders get {@link #CLOSED}; what is buffered can still be received, and receivers
     * get {@link #CLOSED} once it is drained and every sender already given a slot has run.
     */
    public void close() {
        closed = true;
        senders.grantAll(CLOSED);
        endIfDrained();
    }

    private void endIfDrained() {
        if (closed && reserved == 0 && buffer.isEmpty()) {
            receivers.grantAll(CLOSED);
        }
    }
}
