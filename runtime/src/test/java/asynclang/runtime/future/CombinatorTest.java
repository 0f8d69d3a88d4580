package asynclang.runtime.future;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import asynclang.runtime.Executor;
import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Task;
import asynclang.runtime.VirtualTimeDriver;

public class CombinatorTest {

    /** Plain Java stand-ins for the language's values (other packages' tests use them too). */
    public static final Outputs OUTPUTS = new Outputs() {
        @Override
        public Object unit() {
            return "()";
        }

        @Override
        public Object list(Object[] outputs) {
            return Arrays.asList(outputs.clone());
        }

        @Override
        public Object selected(int index, Object output) {
            return index + ":" + output;
        }

        @Override
        public Object timedOut(long nanos) {
            return "timeout after " + durationText(nanos);
        }

        @Override
        public String durationText(long nanos) {
            return nanos + "ns";
        }
    };

    private final Executor ex = new Executor(new VirtualTimeDriver());

    @Test
    void joinListsOutputsInArgumentOrderWhateverOrderTheyFinishIn() throws Exception {
        Task t = ex.blockOn("main", new Join(List.of(new Sleep(ex, 30, "a"), new Sleep(ex, 10, "b"), new YieldNow("c")), OUTPUTS));
        assertEquals(List.of("a", "b", "c"), t.output());
        assertEquals(30, ex.now());
    }

    @Test
    void joinFailsWithTheFirstFailureAndCancelsTheRest() throws Exception {
        List<String> cancelled = new ArrayList<>();
        Future never = new Future() {
            @Override
            public Object poll(asynclang.runtime.Waker waker) {
                return PENDING;
            }

            @Override
            public Failure cancel() {
                cancelled.add("never");
                return null;
            }
        };
        Future failing = waker -> new Failure("boom");
        Task t = ex.blockOn("main", new Join(List.of(never, failing), OUTPUTS));
        assertEquals(new Failure("boom"), t.output());
        assertEquals(List.of("never"), cancelled);
    }

    @Test
    void selectTakesTheFirstToFinish() throws Exception {
        Task t = ex.blockOn("main", new Select(List.of(new Sleep(ex, 30, "slow"), new Sleep(ex, 10, "fast")), OUTPUTS));
        assertEquals("1:fast", t.output());
        assertEquals(10, ex.now());
        assertEquals(Long.MAX_VALUE, ex.timers().nextDeadline(), "the loser's timer is gone");
    }

    @Test
    void timeoutFailsAfterItsDurationAndDropsTheInnerFuture() throws Exception {
        Task t = ex.blockOn("main", new Timeout(ex, 5, new Sleep(ex, 100, "late"), OUTPUTS));
        assertEquals(new Failure("timeout after 5ns"), t.output());
        assertEquals(5, ex.now());
        Task ok = ex.blockOn("main", new Timeout(ex, 50, new Sleep(ex, 10, "in time"), OUTPUTS));
        assertEquals("in time", ok.output());
    }

    @Test
    void aDurationTooLongForTheClockSaturatesAndVirtualTimeJumpsToIt() throws Exception {
        Deadline d = Deadline.after(ex, Long.MAX_VALUE);
        assertEquals(Long.MAX_VALUE, d.at());
        Task t = ex.blockOn("main", new Select(List.of(new Sleep(ex, Long.MAX_VALUE, "never"), new Sleep(ex, 7, "soon")), OUTPUTS));
        assertEquals("1:soon", t.output());
        Task forever = ex.blockOn("main", new Sleep(ex, Long.MAX_VALUE, "at the end of time"));
        assertEquals("at the end of time", forever.output(), "not a deadlock: the virtual clock jumps to it");
        assertEquals(Long.MAX_VALUE, ex.now());
    }
}
