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
    void aFreedSlotGoesToTheFirstWaitingSenderWhichPutsItsValueInWhenItRuns() throws Exception {
        Channel ch = new Channel(1);
        assertTrue(ch.trySend("a"));
        assertFalse(ch.trySend("b"));
        WaitQueue.Waiter b = ch.waitToSend(waker);
        assertEquals("a", ch.tryReceive());
        assertTrue(b.isGranted());
        assertEquals(0, ch.length());
        assertNull(ch.tryReceive(), "the sender has not run yet");
        assertFalse(ch.trySend("c"), "the freed slot is the waiting sender's");
        ch.fill("b");
        assertEquals("b", ch.tryReceive());
        assertTrue(ch.trySend("c"));
    }

    @Test
    void aValueHandedToAWaitingReceiverHoldsItsSlotUntilTaken() throws Exception {
        Channel ch = new Channel(1);
        WaitQueue.Waiter r = ch.waitToReceive(waker);
        assertTrue(ch.trySend("a"));
        assertEquals("a", r.value());
        assertEquals(1, ch.length());
        assertFalse(ch.trySend("b"));
        ch.taken();
        assertTrue(ch.trySend("b"));
    }

    @Test
    void aCancelledSenderGivesItsSlotToTheNext() throws Exception {
        Channel ch = new Channel(1);
        assertTrue(ch.trySend("a"));
        WaitQueue.Waiter b = ch.waitToSend(waker);
        WaitQueue.Waiter c = ch.waitToSend(waker);
        ch.tryReceive();
        assertTrue(b.isGranted());
        ch.cancelSend(b);
        assertTrue(c.isGranted());
        ch.fill("c");
        assertEquals("c", ch.tryReceive());
    }

    @Test
    void closingRefusesSendersThatHaveNotPutTheirValueInAsTokioDoes() throws Exception {
        Channel ch = new Channel(1);
        assertTrue(ch.trySend("a"));
        ch.waitToSend(waker);
        WaitQueue.Waiter c = ch.waitToSend(waker);
        assertEquals("a", ch.tryReceive());
        ch.close();
        assertSame(Channel.CLOSED, c.value(), "a sender still queued is refused");
        WaitQueue.Waiter r = ch.waitToReceive(waker);
        assertNull(ch.tryReceive(), "the end comes once the sender given a slot has run");
        assertFalse(ch.fill("b"), "which is refused too");
        assertSame(Channel.CLOSED, r.value());
        assertSame(Channel.CLOSED, ch.tryReceive());
    }

    @Test
    void aWaitingReceiverGetsTheValueDirectly() throws Exception {
        Channel ch = new Channel(Integer.MAX_VALUE);
        WaitQueue.Waiter r = ch.waitToReceive(waker);
        assertTrue(ch.trySend(42));
        assertTrue(r.isGranted());
        assertEquals(42, r.value());
        assertEquals(1, ch.length());
        ch.taken();
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

    @Test
    void notifyAllReleasesNotifiedFuturesMadeBeforeItEvenUnpolled() throws Exception {
        Semaphore notify = new Semaphore(0, 1, "notify");
        Notified before = new Notified(notify, "ok");
        notify.releaseAll();
        Notified after = new Notified(notify, "ok");
        assertEquals("ok", before.poll(waker));
        assertSame(Future.PENDING, after.poll(waker));
        notify.release();
        assertEquals("ok", after.poll(waker));
    }
}
