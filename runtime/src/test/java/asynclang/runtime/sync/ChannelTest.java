package asynclang.runtime.sync;

import asynclang.runtime.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChannelTest {

    private final Executor executor = new Executor(new VirtualTimeDriver());
    private final Waker waker = executor.spawn("t", w -> Future.PENDING).waker();

    @Test
    void boundedChannelQueuesSendersAndLetsThemInOneByOne() throws Exception {
        Channel ch = new Channel(1);
        assertTrue(ch.trySend("a"));
        assertFalse(ch.trySend("b"));
        WaitQueue.Waiter b = ch.waitToSend(waker, "b");
        assertEquals("a", ch.tryReceive());
        assertTrue(b.isGranted());
        assertEquals("b", ch.tryReceive());
        assertNull(ch.tryReceive());
    }

    @Test
    void aWaitingReceiverGetsTheValueDirectly() throws Exception {
        Channel ch = new Channel(Integer.MAX_VALUE);
        WaitQueue.Waiter r = ch.waitToReceive(waker);
        assertTrue(ch.trySend(42));
        assertTrue(r.isGranted());
        assertEquals(42, r.value());
        assertEquals(0, ch.length());
    }

    @Test
    void closeDrainsThenEnds() throws Exception {
        Channel ch = new Channel(Integer.MAX_VALUE);
        ch.trySend(1);
        ch.close();
        assertEquals(1, ch.tryReceive());
        assertSame(Channel.CLOSED, ch.tryReceive());
    }

    @Test
    void semaphoreGrantsInArrivalOrderAndNewcomersDoNotOvertake() throws Exception {
        Semaphore s = new Semaphore(1, Long.MAX_VALUE, "semaphore");
        assertTrue(s.tryAcquire());
        WaitQueue.Waiter first = s.waitToAcquire(waker);
        s.release();
        assertTrue(first.isGranted());
        assertFalse(s.tryAcquire());
    }

    @Test
    void notifyStoresAtMostOnePermit() throws Exception {
        Semaphore notify = new Semaphore(0, 1, "notify");
        notify.release();
        notify.release();
        assertTrue(notify.tryAcquire());
        assertFalse(notify.tryAcquire());
    }
}
