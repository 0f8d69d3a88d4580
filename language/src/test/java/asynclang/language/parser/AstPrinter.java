package asynclang.language.parser;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import asynclang.language.ast.DurationLiteral;
import asynclang.language.ast.Expr;
import asynclang.language.ast.FunctionNode;
import asynclang.language.ast.Node;

/**
 * Prints an AST completely, for comparing two parsers' trees: every node's kind and source range
 * and every public field (by reflection, so a field added to the AST is compared too), literal
 * values with their Java type. One node per line, indented by depth.
 */
final class AstPrinter {

    private final StringBuilder out = new StringBuilder();

    private AstPrinter() {
    }

    static String print(FunctionNode program) {
        AstPrinter p = new AstPrinter();
        p.value(program, 0);
        return p.out.toString();
    }

    private void value(Object v, int indent) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof Node node) {
            node(node, indent);
        } else if (v instanceof List<?> list) {
            out.append("[");
            for (Object item : list) {
                newline(indent + 1);
                value(item, indent + 1);
            }
            if (!list.isEmpty()) {
                newline(indent);
            }
            out.append("]");
        } else if (v == Expr.Literal.NIL) {
            out.append("NIL");
        } else if (v instanceof String s) {
            out.append('"');
            for (char c : s.toCharArray()) {
                if (c < 0x20 || c == '"' || c == '\\' || c > 0x7e) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        } else if (v instanceof Double d) {
            out.append("Double(").append(Double.doubleToRawLongBits(d)).append(" = ").append(d).append(")");
        } else if (v instanceof Long || v instanceof BigInteger || v instanceof Boolean || v instanceof Integer || v instanceof Enum<?>) {
            out.append(v.getClass().getSimpleName()).append("(").append(v).append(")");
        } else if (v instanceof DurationLiteral d) {
            out.append("Duration(").append(d.nanos()).append(")");
        } else if (v instanceof FunctionNode.Parameter p) {
            out.append("Parameter(").append(p.name()).append(" ").append(p.start()).append("..").append(p.end()).append(")");
        } else {
            throw new IllegalArgumentException("no printer for " + v.getClass());
        }
    }

    private void node(Node node, int indent) {
        out.append(node.getClass().getSimpleName()).append(" ").append(node.start).append("..").append(node.end);
        List<Field> fields = new ArrayList<>();
        for (Field f : node.getClass().getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && f.getDeclaringClass() != Node.class) {
                fields.add(f);
            }
        }
        fields.sort(Comparator.comparing(Field::getName));
        for (Field f : fields) {
            newline(indent + 1);
            out.append(f.getName()).append(": ");
            try {
                value(f.get(node), indent + 1);
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
    }

    private void newline(int indent) {
        out.append('\n');
        for (int i = 0; i < indent; i++) {
            out.append("  ");
        }
    }
}
