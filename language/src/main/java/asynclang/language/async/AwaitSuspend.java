package asynclang.language.async;

import asynclang.runtime.Future;

/**
 * What an async body yields to its driver when an await cannot finish at once: the future it
 * waits for, and whether that future was already polled (then the driver waits for a wake
 * instead of polling it again).
 */
public record AwaitSuspend(Future future, boolean polled) {
}
