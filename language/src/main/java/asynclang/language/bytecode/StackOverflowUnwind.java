package asynclang.language.bytecode;

import com.oracle.truffle.api.bytecode.BytecodeNode;

import asynclang.language.errors.AlException;

/**
 * A stack overflow on its way up to the frame where it becomes a catchable {@code stack overflow}
 * error. A catch right at the end of the stack would have no room to run (its first use of a class
 * needs stack to load and initialize it, and fails for good if it cannot), so the error is
 * uncatchable for the innermost {@link #HEADROOM} asynclang frames, as CPython's recursion limit
 * leaves room below the C stack's end. No Java stack trace and no suppressed exceptions: Truffle
 * would otherwise walk the whole stack for it at every call boundary it crosses.
 */
final class StackOverflowUnwind extends asynclang.language.errors.Unwinding {

    private static final long serialVersionUID = 1L;

    /** Frames to unwind before the error can be caught: about 250 KB of host stack. */
    static final int HEADROOM = 256;

    /** Where the overflow happened: the error reports this place. */
    final BytecodeNode bytecode;
    final int bytecodeIndex;
    private int framesLeft = HEADROOM;

    StackOverflowUnwind(BytecodeNode bytecode, int bytecodeIndex) {
        this.bytecode = bytecode;
        this.bytecodeIndex = bytecodeIndex;
    }

    @Override
    public AlException asError() {
        return AlException.inBytecode("stack overflow", bytecode, bytecodeIndex);
    }

    /** One more frame left; true when this frame is the one to turn it into a catchable error. */
    boolean unwoundOneFrame() {
        return --framesLeft <= 0;
    }
}
