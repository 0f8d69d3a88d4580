package asynclang.language;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.bytecode.ContinuationRootNode;

import asynclang.language.async.ContinuationLocations;
import asynclang.language.bytecode.AlRootNodeGen;

/**
 * The continuation-tier workaround ({@link ContinuationLocations}) reads a private field of the
 * Bytecode DSL's generated code. If an upgrade renames it, the workaround would silently do
 * nothing; this test fails instead.
 */
class ContinuationLocationsTest {

    @Test
    void theGeneratedContinuationRootStillHasTheFieldTheWorkaroundUpdates() throws ClassNotFoundException {
        Class<?> type = Class.forName(AlRootNodeGen.class.getName() + "$ContinuationRootNodeImpl");
        assertTrue(ContinuationRootNode.class.isAssignableFrom(type), type + " is a continuation root");
        assertTrue(ContinuationLocations.isAvailable(type.asSubclass(ContinuationRootNode.class)),
                        "the generated continuation root has no BytecodeLocation field named `location`: update ContinuationLocations");
    }
}
