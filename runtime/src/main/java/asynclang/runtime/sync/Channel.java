package asynclang.runtime.sync;

import java.util.ArrayDeque;

import asynclang.runtime.Waker;

/**
 * A multi-producer channel, bounded or not. Values go straight to a waiting receiver when there
 * is one; a full bounded channel queues its senders, which a receive lets in one at a time.
 */
public final class Channel {

    /** What {@link #tryReceive} returns when the channel is closed and drained. */
    public static final Object CLOSED = new Object();

    private final ArrayDeque<Object> buffer = new ArrayDeque<>();
    private final int capacity;
    private boolean closed;
    private final WaitQueue receivers = new WaitQueue("channel");
    private final WaitQueue senders = new WaitQueue("channel");

    /** {@code capacity} of {@link Integer#MAX_VALUE} means unbounded. */
    public Channel(int capacity) {
        this.capacity = capacity;
    }

    public int length() {
        return buffer.size();
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
        if (receivers.grantFirst(value)) {
            return true;
        }
        if (buffer.size() < capacity) {
            buffer.add(value);
            return true;
        }
        return false;
    }

    public WaitQueue.Waiter waitToSend(Waker waker, Object value) {
        return senders.enqueue(waker, value);
    }

    /** The next value, {@link #CLOSED}, or null if there is none yet. */
    public Object tryReceive() {
        Object v = buffer.poll();
        if (v != null) {
            WaitQueue.Waiter sender = senders.peek();
            if (sender != null) {
                buffer.add(sender.value);
                senders.grantFirst(Boolean.TRUE);
            }
            return v;
        }
        return closed ? CLOSED : null;
    }

    /** Puts back a value a cancelled receiver was handed but never returned. */
    public void unreceive(Object value) {
        if (!receivers.grantFirst(value)) {
            buffer.addFirst(value);
        }
    }

    public WaitQueue.Waiter waitToReceive(Waker waker) {
        return receivers.enqueue(waker, null);
    }

    public void cancelWait(WaitQueue.Waiter w) {
        receivers.remove(w);
        senders.remove(w);
    }

    /** Receivers waiting now get {@link #CLOSED}; so do senders, whose value is lost. */
    public void close() {
        closed = true;
        receivers.grantAll(CLOSED);
        senders.grantAll(CLOSED);
    }
}
