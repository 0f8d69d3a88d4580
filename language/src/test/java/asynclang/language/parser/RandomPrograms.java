package asynclang.language.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random source text from the grammar (AsyncLang.g4), depth-limited, with random spacing,
 * newlines and comments between tokens; and mutants, each with one token dropped, doubled or
 * swapped with the next. Most programs are valid, though not all: the generator does not know
 * that a block-like expression at the start of a statement ends it, say, which is good too.
 */
final class RandomPrograms {

    private static final String[] NAMES = {"a", "b", "x", "foo", "_y2"};
    private static final String[] BINARY = {"+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "&&", "||", "..", "..="};
    private static final String[] ASSIGN = {"=", "+=", "-=", "*=", "/=", "%="};
    private static final String[] NUMBERS = {"0", "42", "1_000", "0xff", "0b101", "0o17", "3.14", "1e9", "2.5e-3", "250ms", "1s", "0.5s", "2h"};

    private final Random random;
    private final List<String> tokens = new ArrayList<>();

    RandomPrograms(long seed) {
        random = new Random(seed);
    }

    String program() {
        tokens.clear();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            statement(3);
        }
        if (random.nextBoolean()) {
            expression(3);
        }
        return text(tokens);
    }

    String mutate(String program) {
        List<String> t = new ArrayList<>(tokens);
        if (t.isEmpty()) {
            return "+";
        }
        int i = random.nextInt(t.size());
        switch (random.nextInt(3)) {
            case 0 -> t.remove(i);
            case 1 -> t.add(i, t.get(i));
            default -> {
                if (i + 1 < t.size()) {
                    String s = t.get(i);
                    t.set(i, t.get(i + 1));
                    t.set(i + 1, s);
                } else {
                    t.remove(i);
                }
            }
        }
        return text(t);
    }

    private static final String[] VOCABULARY = {"let", "fn", "async", "await", "if", "else", "while", "loop", "for", "in", "break", "continue",
                    "return", "true", "false", "nil", "try", "catch", "finally", "throw", "import", "as", "1", "2.5", "3s", "x", "y", "\"s\"",
                    "\"{x}\"", "+=", "-=", "*=", "/=", "%=", "==", "!=", "<=", ">=", "&&", "||", "..=", "..", "<", ">", "=", "+", "-", "*", "/",
                    "%", "!", "|", ".", ",", ";", ":", "(", ")", "[", "]", "{", "}"};

    /** A short random sequence of tokens, mostly nonsense. */
    String soup() {
        tokens.clear();
        int n = 1 + random.nextInt(10);
        for (int i = 0; i < n; i++) {
            tokens.add(pick(VOCABULARY));
        }
        return text(tokens);
    }

    private String text(List<String> t) {
        StringBuilder b = new StringBuilder();
        for (String token : t) {
            b.append(token);
            switch (random.nextInt(12)) {
                case 0 -> b.append('\n');
                case 1 -> b.append("  ");
                case 2 -> b.append(" /* c */ ");
                case 3 -> b.append(" // c\n");
                default -> b.append(' ');
            }
        }
        return b.toString();
    }

    private void t(String... words) {
        for (String w : words) {
            tokens.add(w);
        }
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private void statement(int depth) {
        switch (random.nextInt(depth <= 0 ? 4 : 13)) {
            case 0 -> t(";");
            case 1 -> {
                t("let", pick(NAMES));
                if (random.nextInt(4) > 0) {
                    t("=");
                    expression(depth - 1);
                }
                t(";");
            }
            case 2 -> {
                expression(depth - 1);
                t(";");
            }
            case 3 -> t("continue", ";");
            case 4 -> {
                if (random.nextBoolean()) {
                    t("async");
                }
                t("fn", pick(NAMES), "(");
                names();
                t(")");
                block(depth - 1);
            }
            case 5 -> {
                t("return");
                if (random.nextBoolean()) {
                    expression(depth - 1);
                }
                t(";");
            }
            case 6 -> {
                t("break");
                if (random.nextBoolean()) {
                    expression(depth - 1);
                }
                t(";");
            }
            case 7 -> {
                t("throw");
                expression(depth - 1);
                t(";");
            }
            case 8 -> {
                if (random.nextBoolean()) {
                    t("import", "std", ".", pick(NAMES));
                    if (random.nextBoolean()) {
                        t("as", pick(NAMES));
                    }
                } else {
                    t("import", "\"./u.al\"", "as", pick(NAMES));
                }
                t(";");
            }
            default -> blockLike(depth - 1);
        }
    }

    private void names() {
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                t(",");
            }
            t(pick(NAMES));
        }
        if (n > 0 && random.nextInt(5) == 0) {
            t(",");
        }
    }

    private void block(int depth) {
        t("{");
        int n = depth <= 0 ? 0 : random.nextInt(3);
        for (int i = 0; i < n; i++) {
            statement(depth - 1);
        }
        if (random.nextBoolean()) {
            expression(depth - 1);
        }
        t("}");
    }

    private void blockLike(int depth) {
        switch (random.nextInt(6)) {
            case 0 -> block(depth);
            case 1 -> {
                t("if");
                expression(depth - 1);
                block(depth - 1);
                while (random.nextInt(3) == 0) {
                    t("else", "if");
                    expression(depth - 1);
                    block(depth - 1);
                }
                if (random.nextBoolean()) {
                    t("else");
                    block(depth - 1);
                }
            }
            case 2 -> {
                t("while");
                expression(depth - 1);
                block(depth - 1);
            }
            case 3 -> {
                t("loop");
                block(depth - 1);
            }
            case 4 -> {
                t("for", pick(NAMES), "in");
                expression(depth - 1);
                block(depth - 1);
            }
            default -> {
                t("try");
                block(depth - 1);
                boolean any = false;
                if (random.nextBoolean()) {
                    t("catch");
                    if (random.nextBoolean()) {
                        t(pick(NAMES));
                    }
                    block(depth - 1);
                    any = true;
                }
                if (!any || random.nextBoolean()) {
                    t("finally");
                    block(depth - 1);
                }
            }
        }
    }

    private void expression(int depth) {
        if (depth <= 0) {
            primary(0);
            return;
        }
        switch (random.nextInt(10)) {
            case 0, 1 -> {
                expression(depth - 1);
                t(pick(BINARY));
                expression(depth - 1);
            }
            case 2 -> {
                expression(depth - 1);
                t(pick(ASSIGN));
                expression(depth - 1);
            }
            case 3 -> {
                t(random.nextBoolean() ? "-" : "!");
                expression(depth - 1);
            }
            case 4 -> {
                expression(depth - 1);
                switch (random.nextInt(5)) {
                    case 0 -> t(".", "await");
                    case 1 -> t(".", pick(NAMES));
                    case 2 -> {
                        t(".", pick(NAMES), "(");
                        arguments(depth - 1);
                        t(")");
                    }
                    case 3 -> {
                        t("(");
                        arguments(depth - 1);
                        t(")");
                    }
                    default -> {
                        t("[");
                        expression(depth - 1);
                        t("]");
                    }
                }
            }
            default -> primary(depth);
        }
    }

    private void arguments(int depth) {
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                t(",");
            }
            expression(depth);
        }
        if (n > 0 && random.nextInt(5) == 0) {
            t(",");
        }
    }

    private void primary(int depth) {
        switch (random.nextInt(depth <= 0 ? 6 : 14)) {
            case 0 -> t(pick(NUMBERS));
            case 1 -> t(pick(NAMES));
            case 2 -> t(random.nextBoolean() ? "true" : random.nextBoolean() ? "false" : "nil");
            case 3 -> t("\"s\"");
            case 4 -> t("\"a \\n \\u{41}\"");
            case 5 -> t("{", "}");
            case 6 -> {
                t("(");
                expression(depth - 1);
                t(")");
            }
            case 7 -> {
                t("[");
                arguments(depth - 1);
                t("]");
            }
            case 8 -> {
                t("{");
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        t(",");
                    }
                    switch (random.nextInt(4)) {
                        case 0 -> t(pick(NAMES));
                        case 1 -> t("\"k\"");
                        case 2 -> t("7");
                        default -> {
                            t("[");
                            expression(depth - 1);
                            t("]");
                        }
                    }
                    t(":");
                    expression(depth - 1);
                }
                t("}");
            }
            case 9 -> blockLike(depth - 1);
            case 10 -> {
                t("async");
                block(depth - 1);
            }
            case 11 -> {
                if (random.nextBoolean()) {
                    t("async");
                }
                if (random.nextBoolean()) {
                    t("||");
                } else {
                    t("|");
                    names();
                    t("|");
                }
                expression(depth - 1);
            }
            case 12 -> {
                // An interpolated string: its tokens are spelled as one, spacing inside it is the string's.
                StringBuilder s = new StringBuilder("\"x {");
                List<String> saved = new ArrayList<>(tokens);
                tokens.clear();
                expression(depth - 1);
                for (String w : tokens) {
                    s.append(w).append(' ');
                }
                tokens.clear();
                tokens.addAll(saved);
                t(s.append("} y\"").toString());
            }
            default -> t(pick(NAMES));
        }
    }
}
