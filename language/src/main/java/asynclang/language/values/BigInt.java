package asynclang.language.values;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * An Int too large for a long. Invariant: the value never fits in a long; arithmetic that comes
 * back into range returns a plain long (see {@link #normalize}), so every Int has exactly one
 * representation and equality, hashing and map keys stay simple.
 */
@ExportLibrary(InteropLibrary.class)
public final class BigInt extends ScriptObject implements Comparable<BigInt> {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final BigInteger value;

    private BigInt(BigInteger value) {
        this.value = value;
    }

    public BigInteger value() {
        return value;
    }

    /** Returns a Long when {@code v} fits, else a BigInt. */
    @TruffleBoundary
    public static Object normalize(BigInteger v) {
        if (v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0) {
            return v.longValue();
        }
        return new BigInt(v);
    }

    @TruffleBoundary
    public static BigInteger toBig(Object intValue) {
        return intValue instanceof BigInt b ? b.value : BigInteger.valueOf((Long) intValue);
    }

    @TruffleBoundary
    public double doubleValue() {
        return value.doubleValue();
    }

    @Override
    @TruffleBoundary
    public boolean equals(Object o) {
        return o instanceof BigInt b && value.equals(b.value);
    }

    @Override
    @TruffleBoundary
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    @TruffleBoundary
    public int compareTo(BigInt o) {
        return value.compareTo(o.value);
    }

    @Override
    @TruffleBoundary
    public String toString() {
        return value.toString();
    }

    @ExportMessage
    boolean isNumber() {
        return true;
    }

    @ExportMessage
    boolean fitsInByte() {
        return false;
    }

    @ExportMessage
    boolean fitsInShort() {
        return false;
    }

    @ExportMessage
    boolean fitsInInt() {
        return false;
    }

    @ExportMessage
    boolean fitsInLong() {
        return false;
    }

    @ExportMessage
    boolean fitsInFloat() {
        return false;
    }

    @ExportMessage
    @TruffleBoundary
    boolean fitsInDouble() {
        return value.bitLength() <= 53;
    }

    @ExportMessage
    boolean fitsInBigInteger() {
        return true;
    }

    @ExportMessage
    byte asByte() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    short asShort() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    int asInt() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    long asLong() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    float asFloat() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    @TruffleBoundary
    double asDouble() throws UnsupportedMessageException {
        if (!fitsInDouble()) {
            throw UnsupportedMessageException.create();
        }
        return value.doubleValue();
    }

    @ExportMessage
    BigInteger asBigInteger() {
        return value;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return value.toString();
    }
}
