package demo;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * asynclang and JavaScript in one context: JavaScript awaits an asynclang future (it is a
 * thenable) and asynclang awaits a JavaScript promise.
 */
public final class WithJavaScript {

    public static void main(String[] args) {
        try (Context context = Context.newBuilder("asynclang", "js").build()) {
            Value twice = context.eval("asynclang", "async fn twice(x) { sleep(10ms).await; x * 2 }\ntwice");
            context.getBindings("js").putMember("twice", twice);
            context.eval("js", "var answer; (async () => { answer = await twice(21); })();");
            System.out.println("JavaScript awaited asynclang: " + context.eval("js", "answer"));

            Value promise = context.eval("js", "new Promise((resolve) => resolve('from a promise'))");
            context.getBindings("asynclang").putMember("promise", promise);
            System.out.println("asynclang awaited JavaScript: " + context.eval("asynclang", "promise.await.upper()"));
        }
    }

    private WithJavaScript() {
    }
}
