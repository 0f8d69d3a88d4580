package asynclang.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** Host threads and a context's one executor thread (LANGUAGE.md 8, Control; issue 12, Threads). */
class ThreadsTest {

    @Test
    void aCallFromAnotherThreadWhileAScriptRunsIsServedByTheExecutor() throws Exception {
        try (Context c = Contexts.plain(new Contexts.Captured())) {
            Value add = c.eval("asynclang", "let calls = 0; fn add(a, b) { calls += 1; a + b }\nadd");
            Value ready = c.eval("asynclang", "let ready = false; || ready = true");
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                // The context's thread runs a script that waits; four host threads call into it meanwhile.
                Future<Value> script = pool.submit(() -> c.eval("asynclang", "while calls < 40 { sleep(1ms).await; } calls"));
                Thread.sleep(50);
                ready.execute();
                CompletableFuture<?>[] callers = new CompletableFuture<?>[4];
                for (int t = 0; t < callers.length; t++) {
                    int base = t * 100;
                    callers[t] = CompletableFuture.runAsync(() -> {
                        for (int i = 0; i < 10; i++) {
                            assertEquals(base + i + 1, add.execute(base + i, 1).asInt());
                        }
                    }, pool);
                }
                CompletableFuture.allOf(callers).get(20, TimeUnit.SECONDS);
                assertEquals(40, script.get(20, TimeUnit.SECONDS).asInt());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void getFromAnotherThreadWaitsForTheExecutor() throws Exception {
        try (Context c = Contexts.plain(new Contexts.Captured())) {
            Value slow = c.eval("asynclang", "async fn slow(x) { sleep(20ms).await; x * 2 }\nslow");
            Value go = c.eval("asynclang", "let go = false; || go = true");
            Thread owner = new Thread(() -> c.eval("asynclang", "while !go { sleep(1ms).await; } sleep(100ms).await;"));
            owner.start();
            Thread.sleep(50);
            Value future = slow.execute(21);
            assertEquals(42, future.invokeMember("get", 5000).asInt());
            go.execute();
            owner.join(10_000);
        }
    }

    @Test
    void evaluatingOnASecondThreadWhileOneRunsIsAClearError() throws Exception {
        try (Context c = Contexts.plain(new Contexts.Captured())) {
            c.eval("asynclang", "let stop = false;");
            Thread owner = new Thread(() -> c.eval("asynclang", "while !stop { sleep(1ms).await; }"));
            owner.start();
            Thread.sleep(100);
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("asynclang", "1 + 1"));
            assertTrue(e.isGuestException());
            assertTrue(e.getMessage().startsWith("this context is running script code on another thread"), e.getMessage());
            c.getBindings("asynclang").putMember("stop", true);
            owner.join(10_000);
            assertEquals(2, c.eval("asynclang", "1 + 1").asInt());
        }
    }
}
