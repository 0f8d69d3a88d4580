package asynclang.tests.fuzz;

import java.util.Random;

/**
 * Deeply nested programs: one construct wrapped around itself {@code depth} times (up to a few
 * thousand), or a random mix. LANGUAGE.md section 7: nesting compiles in time linear in its
 * depth, and past the parser's limit it is the compile error {@code nesting too deep}; either
 * way no crash and no hang. Every program here terminates (each level does O(1) work).
 */
final class Nesting {

    enum Shape {
        PARENS, BLOCKS, IF_CHAIN, ELSE_IF_CHAIN, CLOSURES, LISTS, MAPS, ASYNC_BLOCKS, TRY_BLOCKS, LOOPS, FUNCTIONS, UNARY, STRING_INTERPOLATION, BINARY, MIXED;
    }

    private Nesting() {
    }

    static String program(Shape shape, int depth, long seed) {
        Random r = new Random(seed);
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        String core = "x";
        String prefix = "let x = 1;\n";
        switch (shape) {
            case FUNCTIONS -> {
                // fn declarations inside fn bodies, each calling the next
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < depth; i++) {
                    sb.append("fn g").append(i).append("() {\n");
                }
                sb.append("1\n");
                for (int i = depth - 1; i >= 0; i--) {
                    sb.append("}\n");
                    if (i > 0) {
                        sb.append("g").append(i).append("()\n");
                    }
                }
                return sb + "println(g0());\n";
            }
            case ELSE_IF_CHAIN -> {
                StringBuilder sb = new StringBuilder("let x = " + depth + ";\nlet y = ");
                for (int i = 0; i < depth; i++) {
                    sb.append("if x == ").append(i).append(" { ").append(i).append(" } else ");
                }
                return sb + "{ -1 };\nprintln(y);\n";
            }
            case BINARY -> {
                StringBuilder sb = new StringBuilder("let x = 1;\nprintln(");
                for (int i = 0; i < depth; i++) {
                    sb.append("x ").append("+-*".charAt(r.nextInt(3))).append(' ');
                }
                return sb + "x);\n";
            }
            default -> {
                for (int i = 0; i < depth; i++) {
                    Shape level = shape == Shape.MIXED ? Shape.values()[r.nextInt(Shape.STRING_INTERPOLATION.ordinal() + 1)] : shape;
                    if (level == Shape.FUNCTIONS || level == Shape.ELSE_IF_CHAIN) {
                        level = Shape.PARENS;
                    }
                    wrap(level, i, open, close);
                }
            }
        }
        return prefix + "let y = " + open + core + close.reverse() + ";\nprintln(y);\n";
    }

    /** Appends one level's opening to {@code open} and its closing, reversed, to {@code close}. */
    private static void wrap(Shape level, int i, StringBuilder open, StringBuilder close) {
        String[] oc = switch (level) {
            case PARENS -> new String[] {"(", ")"};
            case BLOCKS -> new String[] {"{ ", " }"};
            case IF_CHAIN -> new String[] {"if true { ", " } else { 0 }"};
            case CLOSURES -> new String[] {"(|| ", ")()"};
            case LISTS -> new String[] {"[", "][0]"};
            case MAPS -> new String[] {"{k: ", "}.k"};
            case ASYNC_BLOCKS -> new String[] {"async { ", " }.await"};
            case TRY_BLOCKS -> new String[] {"try { ", " } catch e { 0 }"};
            case LOOPS -> new String[] {"loop { break ", "; }"};
            case UNARY -> new String[] {"-", ""};
            case STRING_INTERPOLATION -> new String[] {"\"{", "}\""};
            default -> throw new IllegalArgumentException(level.toString());
        };
        open.append(oc[0]);
        close.append(new StringBuilder(oc[1]).reverse());
    }
}
