package asynclang.language.operators;

import com.oracle.truffle.api.dsl.ImplicitCast;
import com.oracle.truffle.api.dsl.TypeSystem;

/**
 * The primitive types operations specialize on. An Int meeting a Float widens to Float, so
 * {@code double} specializations also accept {@code long} operands.
 */
@TypeSystem({long.class, double.class, boolean.class, String.class})
public abstract class AlTypes {

    @ImplicitCast
    public static double castDouble(long value) {
        return value;
    }
}
