package asynclang.language.parser;

import static asynclang.language.parser.Tokens.*;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;

import asynclang.language.ast.Expr;
import asynclang.language.ast.FunctionNode;
import asynclang.language.ast.Stmt;
import asynclang.language.parser.SourceParser.Problem;

/**
 * Tokens to AST by recursive descent, binary operators by precedence climbing. The grammar is
 * the reference one, grammar/src/main/antlr4/asynclang/grammar/AsyncLang.g4, and so are the
 * trees and their source ranges.
 * <p>
 * Time is linear in the input: each token is looked at a bounded number of times (the one
 * look-ahead that is not local, map literal or block, uses the lexer's bracket matching), and
 * error recovery skips forward only. Chains that are not nesting in the source (else-if, binary
 * operators, assignments, postfix calls and fields) are loops. Nesting (blocks, brackets,
 * closures, block-like expressions, unary operators, interpolations) costs two or three Java
 * frames a level and is limited to {@link #MAX_NESTING} levels: past that, "nesting too deep"
 * at the token that goes over.
 * <p>
 * Syntax errors are worded as they always were ("expected `;`, found `let`", "unexpected `*`",
 * "expected `}`, found end of file"). After one, the parser skips to the end of the statement
 * (a {@code ;} at the statement's bracket depth, the <code>}</code> that closes the enclosing block, or
 * a statement keyword that starts a line) and goes on, so that the errors of later statements
 * are reported too: at most one per line, none in the noise after an unterminated string or
 * comment, none on a line with a lexical error (they are its echoes).
 */
final class Parser {

    static final int MAX_NESTING = 4096;

    /**
     * The longest chain the loops read (a sum's terms, postfix calls and fields, else-ifs,
     * assignments). Such a chain is not nesting in the source, but its tree is as deep as it is
     * long, and the passes after the parser recurse on it: 50,000 terms overflowed the stack
     * there, with no location. Past this many links, "nesting too deep" at the link.
     */
    static final int MAX_CHAIN = 4 * MAX_NESTING;

    /** Unwinds to the innermost statement loop, which skips to the end of the statement. */
    static final class Recover extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Recover() {
            super(null, null, false, false);
        }
    }

    /** Enough errors: stop parsing. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private static final Recover RECOVER = new Recover();
    private static final Stop STOP = new Stop();

    /** Binary operator precedence by token kind, loosest first; 0: not a binary operator. */
    private static final byte[] PRECEDENCE = new byte[KIND_COUNT];
    private static final int ASSIGNMENT = 1;
    private static final int RANGE = 2;

    static {
        for (int k : new int[]{ASSIGN, PLUS_ASSIGN, MINUS_ASSIGN, STAR_ASSIGN, SLASH_ASSIGN, PERCENT_ASSIGN}) {
            PRECEDENCE[k] = ASSIGNMENT;
        }
        PRECEDENCE[DOTDOT] = RANGE;
        PRECEDENCE[DOTDOTEQ] = RANGE;
        PRECEDENCE[OR] = 3;
        PRECEDENCE[AND] = 4;
        for (int k : new int[]{EQ, NE, LT, LE, GT, GE}) {
            PRECEDENCE[k] = 5;
        }
        PRECEDENCE[PLUS] = 6;
        PRECEDENCE[MINUS] = 6;
        PRECEDENCE[STAR] = 7;
        PRECEDENCE[SLASH] = 7;
        PRECEDENCE[PERCENT] = 7;
    }

    /** What may follow a closing bracket on the same line: a missing one is reported right after the token before. */
    private static final long CLOSER_FOLLOW = BINARY_OPERATORS | bit(SEMI) | bit(COMMA) | bit(RPAREN) | bit(RBRACK) | bit(RBRACE) | bit(DOT)
                    | bit(LBRACE) | bit(LPAREN) | bit(LBRACK) | bit(ELSE) | bit(CATCH) | bit(FINALLY) | bit(EOF);
    /** What may follow a name in a declaration. */
    private static final long IDENT_FOLLOW = bit(ASSIGN) | bit(SEMI) | bit(LPAREN) | bit(RPAREN) | bit(COMMA) | bit(PIPE) | bit(IN) | bit(DOT)
                    | bit(LBRACE) | bit(AS);

    private final Lexer lexer;
    private final String src;
    private final int[] kind;
    private final int[] start;
    private final int[] end;
    private final List<Problem> problems;

    private int pos;
    /** Nesting levels open now. */
    private int nesting;
    /** Token indices of the brackets the parser has opened and not closed yet, innermost last. */
    private int[] open = new int[32];
    private int openCount;

    boolean hadSyntaxError;
    private int reported;
    private int lastErrorLine = -1;
    private int[] lineStarts;
    private BitSet lexicalLines;

    Parser(Lexer lexer, List<Problem> problems) {
        this.lexer = lexer;
        this.src = lexer.src;
        this.kind = lexer.kind;
        this.start = lexer.start;
        this.end = lexer.end;
        this.problems = problems;
    }

    // ---------------------------------------------------------------- statements

    FunctionNode program() {
        List<Stmt> statements = new ArrayList<>();
        Expr tail = statements(-1, statements);
        int s = kind[0] == EOF ? src.length() : start[0];
        Expr.Block body = new Expr.Block(s, src.length(), statements, tail);
        return new FunctionNode(body.start, body.end, FunctionNode.Kind.TOP_LEVEL, null, 0, List.of(), body);
    }

    /**
     * The statements of a block (whose <code>{</code> is token {@code blockOpen}) or of the file
     * ({@code blockOpen} -1), up to the closing <code>}</code> or the end of the file; returns the
     * tail expression. A block-like expression statement that ends the block is its value, as in Rust.
     */
    private Expr statements(int blockOpen, List<Stmt> out) {
        boolean inBlock = blockOpen >= 0;
        Expr tail = null;
        while (true) {
            int k = kind[pos];
            if (k == EOF || k == RBRACE && inBlock) {
                break;
            }
            int s = pos;
            if (isCloser(k)) {
                int o = lexer.match[s];
                if (inBlock && o >= 0 && o < blockOpen) {
                    // It closes a bracket opened before this block: the block's `}` is missing.
                    throw error(STATEMENT_START | bit(RBRACE), 0);
                }
                report(start[s], end[s] - start[s], message("unexpected ", found(s), null));
                pos++;
                continue;
            }
            int openBefore = openCount;
            int nestingBefore = nesting;
            try {
                switch (k) {
                    case LBRACE -> {
                        if (kind[s + 1] != RBRACE && isMapAhead(s)) {
                            // A map literal starts an expression statement, `{"a": 1}.len();`; `{}` is a block.
                            tail = expressionStatement(s, inBlock, out);
                        } else {
                            out.add(blockLikeStatement(s, block(true)));
                        }
                    }
                    case IF -> out.add(blockLikeStatement(s, ifChain()));
                    case WHILE -> out.add(blockLikeStatement(s, whileLoop()));
                    case LOOP -> out.add(blockLikeStatement(s, loop()));
                    case FOR -> out.add(blockLikeStatement(s, forLoop()));
                    case TRY -> out.add(blockLikeStatement(s, tryExpression()));
                    default -> {
                        if (startsExpression(k) && !(k == ASYNC && kind[s + 1] == FN)) {
                            tail = expressionStatement(s, inBlock, out);
                        } else {
                            out.add(statement(k, s, inBlock));
                        }
                    }
                }
            } catch (Recover r) {
                openCount = openBefore;
                nesting = nestingBefore;
                recover(s);
            }
            if (tail != null) {
                break;
            }
        }
        if (tail == null && !out.isEmpty() && out.get(out.size() - 1) instanceof Stmt.Expression last && !last.hasSemicolon) {
            out.remove(out.size() - 1);
            tail = last.expression;
        }
        return tail;
    }

    /** An expression and its {@code ;}; without one, the tail if the block or file ends there (returned). */
    private Expr expressionStatement(int s, boolean inBlock, List<Stmt> out) {
        Expr e = expression();
        int next = kind[pos];
        if (next == SEMI) {
            pos++;
            out.add(new Stmt.Expression(start[s], end[pos - 1], e, true));
            return null;
        }
        if (next == EOF || next == RBRACE && inBlock) {
            return e;
        }
        throw error(bit(SEMI), bit(SEMI) | (inBlock ? bit(RBRACE) : bit(EOF)));
    }

    private Stmt blockLikeStatement(int s, Expr e) {
        return new Stmt.Expression(start[s], end[pos - 1], e, false);
    }

    private Stmt statement(int k, int s, boolean inBlock) {
        switch (k) {
            case SEMI:
                pos++;
                return new Stmt.Empty(start[s], end[s]);
            case LET:
                return let(s);
            case FN:
            case ASYNC:
                return function(s, k == ASYNC);
            case IMPORT:
                return importStatement(s);
            case RETURN:
            case BREAK: {
                pos++;
                Expr value = null;
                if (startsExpression(kind[pos])) {
                    value = expression();
                } else if (kind[pos] != SEMI && kind[pos] != RBRACE) {
                    throw error(EXPRESSION_START | bit(SEMI), EXPRESSION_START | bit(SEMI));
                }
                endOfJump();
                return k == RETURN ? new Stmt.Return(start[s], end[pos - 1], value) : new Stmt.Break(start[s], end[pos - 1], value);
            }
            case CONTINUE:
                pos++;
                endOfJump();
                return new Stmt.Continue(start[s], end[pos - 1]);
            case THROW: {
                pos++;
                Expr value = expression();
                endOfJump();
                return new Stmt.Throw(start[s], end[pos - 1], value);
            }
            default: {
                long expected = STATEMENT_START | (inBlock ? bit(RBRACE) : bit(EOF));
                throw error(expected, expected);
            }
        }
    }

    /**
     * The end of {@code return}, {@code break}, {@code continue} or {@code throw}: a {@code ;},
     * which the last statement of a block may leave out (Rust's {@code { return x }}).
     */
    private void endOfJump() {
        if (kind[pos] != RBRACE) {
            expect(SEMI);
        }
    }

    private Stmt let(int s) {
        pos++;
        int name = expectIdentifier();
        Expr init = null;
        if (kind[pos] == ASSIGN) {
            pos++;
            init = expression();
        } else if (kind[pos] != SEMI) {
            throw error(bit(ASSIGN) | bit(SEMI), bit(ASSIGN) | bit(SEMI));
        }
        expect(SEMI);
        String n = lexer.text(name);
        return new Stmt.Let(start[s], end[pos - 1], n, start[name], named(init, n));
    }

    /**
     * A closure takes the name it is first bound to, by {@code let f = ..} or as {@code {f: ..}}
     * in a map literal, for traces and warnings; {@code name} null leaves it {@code <closure>}.
     */
    private static Expr named(Expr value, String name) {
        if (name != null && value instanceof Expr.Function f && f.function.name == null) {
            f.function.name = name;
        }
        return value;
    }

    private Stmt function(int s, boolean async) {
        if (async) {
            pos++;
        }
        pos++;
        int name = expectIdentifier();
        int paren = pos;
        expect(LPAREN);
        pushOpen(paren);
        List<FunctionNode.Parameter> parameters = new ArrayList<>();
        if (kind[pos] != RPAREN) {
            while (true) {
                if (kind[pos] != IDENT) {
                    throw error(bit(IDENT) | bit(RPAREN), bit(IDENT) | bit(RPAREN));
                }
                parameters.add(new FunctionNode.Parameter(lexer.text(pos), start[pos], end[pos]));
                pos++;
                if (kind[pos] == COMMA) {
                    pos++;
                    if (kind[pos] == RPAREN) {
                        break;
                    }
                    continue;
                }
                break;
            }
        }
        expect(RPAREN);
        openCount--;
        Expr.Block body = block(true);
        int e = end[pos - 1];
        FunctionNode.Kind fk = async ? FunctionNode.Kind.ASYNC_FUNCTION : FunctionNode.Kind.FUNCTION;
        return new Stmt.FnDeclaration(start[s], e, new FunctionNode(start[s], e, fk, lexer.text(name), start[name], parameters, body));
    }

    private Stmt importStatement(int s) {
        pos++;
        if (kind[pos] == STRING_OPEN) {
            Expr path = string();
            String file = path instanceof Expr.Literal l && l.value instanceof String str ? str : null;
            if (file == null) {
                problem(path.start, path.length(), "an import path cannot be interpolated");
                file = "";
            }
            expect(AS);
            int alias = expectIdentifier();
            expect(SEMI);
            return new Stmt.Import(start[s], end[pos - 1], file, null, lexer.text(alias), start[alias]);
        }
        if (kind[pos] != IDENT) {
            throw error(bit(IDENT) | bit(STRING_OPEN), bit(IDENT) | bit(STRING_OPEN));
        }
        List<String> path = new ArrayList<>();
        int last = pos++;
        path.add(lexer.text(last));
        while (kind[pos] == DOT) {
            pos++;
            last = expectIdentifier();
            path.add(lexer.text(last));
        }
        int alias = last;
        if (kind[pos] == AS) {
            pos++;
            alias = expectIdentifier();
        }
        expect(SEMI);
        return new Stmt.Import(start[s], end[pos - 1], null, path, lexer.text(alias), start[alias]);
    }

    /**
     * After a syntax error in the statement that starts at token {@code s}: skips to its end, a
     * {@code ;} at its bracket depth (consumed), or stops before the closer of a bracket opened
     * before it (the enclosing block's <code>}</code>), before a statement keyword that starts a
     * line (or the token the error was found at, starting a line), or at the end of the file. Always moves forward; tokens are skipped once.
     */
    private void recover(int s) {
        // Brackets the statement opened and never closed (`let m = {x: 1;`) leave every later
        // token one deeper: the statement still ends at its `;` or at the next one's keyword.
        int unclosed = 0;
        int unclosedBraces = 0;
        int depth = lexer.depth[s];
        int braces = lexer.braceDepth[s];
        for (int k = s;; k++) {
            int t = kind[k];
            if (k < pos) {
                // Before the error: only counted.
            } else if (t == EOF) {
                pos = k;
                return;
            } else if (isCloser(t)) {
                int o = lexer.match[k];
                if (o >= 0 && o < s) {
                    pos = k;
                    return;
                }
            } else if (t == SEMI) {
                if (lexer.depth[k] == depth + unclosed) {
                    pos = k + 1;
                    return;
                }
            } else if (k > s && lexer.lineStart[k] && lexer.braceDepth[k] == braces + unclosedBraces
                            && (resumesStatement(k) || k == pos && startsExpression(t))) {
                // A statement keyword starting a line; or the token the error was found at, when
                // it starts a line and could start a statement: the `;` before it is what is
                // missing, and the statement it starts has errors of its own to report.
                pos = k;
                return;
            }
            if (isUnclosedOpener(k)) {
                unclosed++;
                unclosedBraces += t == LBRACE ? 1 : 0;
            }
        }
    }

    private boolean isUnclosedOpener(int k) {
        int t = kind[k];
        return (t == LPAREN || t == LBRACK || t == LBRACE) && lexer.match[k] < 0;
    }

    private boolean resumesStatement(int k) {
        return in(RESUME_KEYWORDS, kind[k]) || kind[k] == ASYNC && kind[k + 1] == FN;
    }

    // ---------------------------------------------------------------- block-like expressions

    /** <code>{ statements; tail }</code>; {@code counted}: whether it is a nesting level of its own. */
    private Expr.Block block(boolean counted) {
        int b = pos;
        if (kind[b] != LBRACE) {
            throw error(bit(LBRACE), bit(LBRACE));
        }
        if (counted) {
            enter(b);
        }
        pushOpen(b);
        pos++;
        List<Stmt> statements = new ArrayList<>();
        Expr tail = statements(b, statements);
        expect(RBRACE);
        openCount--;
        if (counted) {
            nesting--;
        }
        return new Expr.Block(start[b], end[pos - 1], statements, tail);
    }

    /** {@code if c { } else if d { } else { }}: the chain is a loop; it is one nesting level. */
    private Expr ifChain() {
        enter(pos);
        int firstStart = start[pos];
        pos++;
        Expr firstCondition = expression();
        Expr.Block firstThen = block(false);
        List<Expr> conditions = null;
        List<Expr.Block> thens = null;
        int[] starts = null;
        Expr otherwise = null;
        int links = 0;
        while (kind[pos] == ELSE) {
            link(pos, ++links);
            pos++;
            if (kind[pos] == LBRACE) {
                otherwise = block(false);
                break;
            }
            if (kind[pos] != IF) {
                throw error(bit(IF) | bit(LBRACE), bit(IF) | bit(LBRACE));
            }
            if (conditions == null) {
                conditions = new ArrayList<>();
                thens = new ArrayList<>();
                starts = new int[8];
            }
            if (conditions.size() == starts.length) {
                starts = java.util.Arrays.copyOf(starts, starts.length * 2);
            }
            starts[conditions.size()] = start[pos];
            pos++;
            conditions.add(expression());
            thens.add(block(false));
        }
        int e = end[pos - 1];
        if (conditions != null) {
            for (int i = conditions.size() - 1; i >= 0; i--) {
                otherwise = new Expr.If(starts[i], e, conditions.get(i), thens.get(i), otherwise);
            }
        }
        nesting--;
        return new Expr.If(firstStart, e, firstCondition, firstThen, otherwise);
    }

    private Expr whileLoop() {
        int s = pos;
        enter(s);
        pos++;
        Expr condition = expression();
        Expr.Block body = block(false);
        nesting--;
        return new Expr.While(start[s], end[pos - 1], condition, body);
    }

    private Expr loop() {
        int s = pos;
        enter(s);
        pos++;
        Expr.Block body = block(false);
        nesting--;
        return new Expr.LoopForever(start[s], end[pos - 1], body);
    }

    private Expr forLoop() {
        int s = pos;
        enter(s);
        pos++;
        int variable = expectIdentifier();
        expect(IN);
        Expr iterable = expression();
        Expr.Block body = block(false);
        nesting--;
        return new Expr.For(start[s], end[pos - 1], lexer.text(variable), start[variable], iterable, body);
    }

    private Expr tryExpression() {
        int s = pos;
        enter(s);
        pos++;
        Expr.Block body = block(false);
        String catchName = null;
        Expr.Block catchBody = null;
        Expr.Block finallyBody = null;
        if (kind[pos] == CATCH) {
            pos++;
            if (kind[pos] == IDENT) {
                catchName = lexer.text(pos);
                pos++;
            } else if (kind[pos] != LBRACE) {
                throw error(bit(IDENT) | bit(LBRACE), bit(IDENT) | bit(LBRACE));
            }
            catchBody = block(false);
        }
        if (kind[pos] == FINALLY) {
            pos++;
            finallyBody = block(false);
        }
        if (catchBody == null && finallyBody == null) {
            problem(start[s], 3, "`try` needs a `catch` or a `finally` block");
        }
        nesting--;
        return new Expr.Try(start[s], end[pos - 1], body, catchName, catchBody, finallyBody);
    }

    // ---------------------------------------------------------------- expressions

    private Expr expression() {
        return binary(ASSIGNMENT);
    }

    /**
     * Operators of precedence {@code minPrecedence} and tighter, by precedence climbing: a loop
     * for left-associative chains, recursion only into tighter levels (bounded).
     */
    private Expr binary(int minPrecedence) {
        int s = pos;
        Expr left = operand();
        int links = 0;
        while (true) {
            int op = kind[pos];
            int precedence = PRECEDENCE[op];
            if (precedence < minPrecedence || precedence == 0) {
                return left;
            }
            if (precedence == ASSIGNMENT) {
                return assignment(s, left);
            }
            link(pos, ++links);
            pos++;
            Expr right = binary(precedence + 1);
            int e = end[pos - 1];
            left = switch (op) {
                case AND, OR -> new Expr.Logical(start[s], e, op == AND, left, right);
                case DOTDOT, DOTDOTEQ -> new Expr.Range(start[s], e, left, right, op == DOTDOTEQ);
                default -> new Expr.Binary(start[s], e, binaryOperator(op), left, right);
            };
        }
    }

    /** {@code a = b = c} is {@code a = (b = c)}; the chain is read in a loop and folded from the right. */
    private Expr assignment(int s, Expr first) {
        List<Expr> targets = new ArrayList<>(2);
        int[] ops = new int[4];
        int[] starts = new int[4];
        Expr current = first;
        int currentStart = s;
        while (PRECEDENCE[kind[pos]] == ASSIGNMENT) {
            int n = targets.size();
            link(pos, n + 1);
            if (n == ops.length) {
                ops = java.util.Arrays.copyOf(ops, n * 2);
                starts = java.util.Arrays.copyOf(starts, n * 2);
            }
            targets.add(current);
            ops[n] = kind[pos];
            starts[n] = currentStart;
            pos++;
            currentStart = pos;
            current = binary(RANGE);
        }
        int e = end[pos - 1];
        for (int i = targets.size() - 1; i >= 0; i--) {
            current = new Expr.Assign(start[starts[i]], e, compoundOperator(ops[i]), targets.get(i), current);
        }
        return current;
    }

    private static Expr.BinaryOp binaryOperator(int op) {
        return switch (op) {
            case PLUS -> Expr.BinaryOp.ADD;
            case MINUS -> Expr.BinaryOp.SUBTRACT;
            case STAR -> Expr.BinaryOp.MULTIPLY;
            case SLASH -> Expr.BinaryOp.DIVIDE;
            case PERCENT -> Expr.BinaryOp.REMAINDER;
            case EQ -> Expr.BinaryOp.EQUAL;
            case NE -> Expr.BinaryOp.NOT_EQUAL;
            case LT -> Expr.BinaryOp.LESS;
            case LE -> Expr.BinaryOp.LESS_EQUAL;
            case GT -> Expr.BinaryOp.GREATER;
            default -> Expr.BinaryOp.GREATER_EQUAL;
        };
    }

    private static Expr.BinaryOp compoundOperator(int op) {
        return switch (op) {
            case PLUS_ASSIGN -> Expr.BinaryOp.ADD;
            case MINUS_ASSIGN -> Expr.BinaryOp.SUBTRACT;
            case STAR_ASSIGN -> Expr.BinaryOp.MULTIPLY;
            case SLASH_ASSIGN -> Expr.BinaryOp.DIVIDE;
            case PERCENT_ASSIGN -> Expr.BinaryOp.REMAINDER;
            default -> null;
        };
    }

    /** Prefix operators (a loop), a primary expression, then postfix calls, indexing, fields and {@code .await} (a loop). */
    private Expr operand() {
        int prefixStart = pos;
        while (kind[pos] == MINUS || kind[pos] == BANG) {
            enter(pos);
            pos++;
        }
        int prefixEnd = pos;
        int s = pos;
        Expr e;
        int k = kind[pos];
        switch (k) {
            case INT, FLOAT, DURATION -> e = number(pos++);
            case STRING_OPEN -> e = string();
            case TRUE, FALSE -> {
                e = new Expr.Literal(start[s], end[s], k == TRUE);
                pos++;
            }
            case NIL -> {
                e = new Expr.Literal(start[s], end[s], Expr.Literal.NIL);
                pos++;
            }
            case IDENT -> {
                e = new Expr.Name(start[s], end[s], lexer.text(s));
                pos++;
            }
            case LPAREN -> {
                enter(s);
                pushOpen(s);
                pos++;
                Expr inner = binary(ASSIGNMENT);
                expect(RPAREN);
                openCount--;
                nesting--;
                e = new Expr.Parenthesized(start[s], end[pos - 1], inner);
            }
            case LBRACK -> {
                List<Expr> elements = arguments(RBRACK);
                e = new Expr.ListLiteral(start[s], end[pos - 1], elements);
            }
            case LBRACE -> e = isMapAhead(s) ? map() : block(true);
            case IF -> e = ifChain();
            case WHILE -> e = whileLoop();
            case LOOP -> e = loop();
            case FOR -> e = forLoop();
            case TRY -> e = tryExpression();
            case ASYNC -> {
                int next = kind[s + 1];
                if (next == LBRACE) {
                    pos++;
                    Expr.Block body = block(true);
                    int en = end[pos - 1];
                    e = new Expr.Function(start[s], en, new FunctionNode(start[s], en, FunctionNode.Kind.ASYNC_BLOCK, null, start[s], List.of(), body));
                } else if (next == PIPE || next == OR) {
                    e = closure(true);
                } else {
                    pos++;
                    throw error(bit(LBRACE) | bit(PIPE) | bit(OR), bit(LBRACE) | bit(PIPE) | bit(OR));
                }
            }
            case PIPE, OR -> e = closure(false);
            default -> throw error(EXPRESSION_START, EXPRESSION_START);
        }
        int links = 0;
        while (true) {
            int p = kind[pos];
            if (p == DOT || p == LPAREN || p == LBRACK) {
                link(pos, ++links);
            }
            if (p == DOT) {
                int next = kind[pos + 1];
                if (next == AWAIT) {
                    pos += 2;
                    e = new Expr.Await(start[pos - 1], end[pos - 1], e);
                } else if (next == IDENT) {
                    int name = pos + 1;
                    pos += 2;
                    if (kind[pos] == LPAREN) {
                        List<Expr> arguments = arguments(RPAREN);
                        e = new Expr.MethodCall(start[name], end[pos - 1], e, lexer.text(name), arguments);
                    } else {
                        e = new Expr.Field(start[name], end[name], e, lexer.text(name));
                    }
                } else {
                    pos++;
                    throw error(bit(AWAIT) | bit(IDENT), bit(AWAIT) | bit(IDENT));
                }
            } else if (p == LPAREN) {
                List<Expr> arguments = arguments(RPAREN);
                e = new Expr.Call(start[s], end[pos - 1], e, arguments);
            } else if (p == LBRACK) {
                int b = pos;
                enter(b);
                pushOpen(b);
                pos++;
                Expr index = binary(ASSIGNMENT);
                expect(RBRACK);
                openCount--;
                nesting--;
                e = new Expr.Index(start[s], end[pos - 1], e, index);
            } else {
                break;
            }
        }
        if (prefixEnd > prefixStart) {
            int en = end[pos - 1];
            for (int i = prefixEnd - 1; i >= prefixStart; i--) {
                e = new Expr.Unary(start[i], en, kind[i] == MINUS ? Expr.UnaryOp.NEGATE : Expr.UnaryOp.NOT, e);
            }
            nesting -= prefixEnd - prefixStart;
        }
        return e;
    }

    /** {@code (a, b)} or {@code [a, b]} from the opening bracket, trailing comma allowed. */
    private List<Expr> arguments(int closer) {
        int b = pos;
        enter(b);
        pushOpen(b);
        pos++;
        List<Expr> list = new ArrayList<>();
        if (kind[pos] != closer) {
            while (true) {
                if (!startsExpression(kind[pos])) {
                    throw error(EXPRESSION_START | bit(closer), EXPRESSION_START | bit(closer));
                }
                list.add(binary(ASSIGNMENT));
                if (kind[pos] == COMMA) {
                    pos++;
                    if (kind[pos] == closer) {
                        break;
                    }
                    continue;
                }
                break;
            }
        }
        expect(closer);
        openCount--;
        nesting--;
        return list;
    }

    /**
     * Whether the <code>{</code> at {@code b} opens a map literal rather than a block: <code>{}</code>,
     * or a key and a colon (a name, a number, a duration, a bool, nil, a negated number, a string or
     * a computed key), so every map prints as a literal that reads back. Where both would parse
     * (<code>{}</code>) the reference grammar lists the map first.
     */
    private boolean isMapAhead(int b) {
        switch (kind[b + 1]) {
            case RBRACE:
                return true;
            case IDENT:
            case INT:
            case FLOAT:
            case DURATION:
            case TRUE:
            case FALSE:
            case NIL:
                return kind[b + 2] == COLON;
            case MINUS:
                return isNumber(kind[b + 2]) && kind[b + 3] == COLON;
            case STRING_OPEN:
            case LBRACK: {
                int close = lexer.match[b + 1];
                return close >= 0 && kind[close + 1] == COLON;
            }
            default:
                return false;
        }
    }

    private Expr map() {
        int b = pos;
        enter(b);
        pushOpen(b);
        pos++;
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        if (kind[pos] != RBRACE) {
            while (true) {
                String name = kind[pos] == IDENT ? lexer.text(pos) : null;
                keys.add(mapKey());
                expect(COLON);
                values.add(named(binary(ASSIGNMENT), name));
                if (kind[pos] == COMMA) {
                    pos++;
                    if (kind[pos] == RBRACE) {
                        break;
                    }
                    continue;
                }
                break;
            }
        }
        expect(RBRACE);
        openCount--;
        nesting--;
        return new Expr.MapLiteral(start[b], end[pos - 1], keys, values);
    }

    private static boolean isNumber(int k) {
        return k == INT || k == FLOAT || k == DURATION;
    }

    private Expr mapKey() {
        int k = kind[pos];
        switch (k) {
            case IDENT: {
                Expr key = new Expr.Literal(start[pos], end[pos], lexer.text(pos));
                pos++;
                return key;
            }
            case STRING_OPEN:
                return string();
            case INT:
            case FLOAT:
            case DURATION:
                return number(pos++);
            case TRUE:
            case FALSE:
            case NIL: {
                Expr key = new Expr.Literal(start[pos], end[pos], k == NIL ? Expr.Literal.NIL : (Object) (k == TRUE));
                pos++;
                return key;
            }
            case MINUS: {
                if (!isNumber(kind[pos + 1])) {
                    pos++;
                    throw error(bit(INT) | bit(FLOAT) | bit(DURATION), bit(INT) | bit(FLOAT) | bit(DURATION));
                }
                int s = pos;
                pos += 2;
                return new Expr.Unary(start[s], end[s + 1], Expr.UnaryOp.NEGATE, number(s + 1));
            }
            case LBRACK: {
                int b = pos;
                enter(b);
                pushOpen(b);
                pos++;
                Expr key = binary(ASSIGNMENT);
                expect(RBRACK);
                openCount--;
                nesting--;
                return key;
            }
            default: {
                long expected = bit(IDENT) | bit(INT) | bit(STRING_OPEN) | bit(LBRACK) | bit(RBRACE);
                throw error(expected, expected);
            }
        }
    }

    /** {@code |a, b| body}, {@code || body}, {@code async |a| body}; the body is any expression. */
    private Expr closure(boolean async) {
        int s = pos;
        enter(s);
        if (async) {
            pos++;
        }
        List<FunctionNode.Parameter> parameters = new ArrayList<>();
        if (kind[pos] == OR) {
            pos++;
        } else {
            pos++;
            if (kind[pos] != PIPE) {
                while (true) {
                    if (kind[pos] != IDENT) {
                        throw error(bit(IDENT) | bit(PIPE), bit(IDENT) | bit(PIPE));
                    }
                    parameters.add(new FunctionNode.Parameter(lexer.text(pos), start[pos], end[pos]));
                    pos++;
                    if (kind[pos] == COMMA) {
                        pos++;
                        if (kind[pos] == PIPE) {
                            break;
                        }
                        continue;
                    }
                    break;
                }
            }
            expect(PIPE);
        }
        Expr body = binary(ASSIGNMENT);
        nesting--;
        int e = end[pos - 1];
        FunctionNode.Kind fk = async ? FunctionNode.Kind.ASYNC_CLOSURE : FunctionNode.Kind.CLOSURE;
        return new Expr.Function(start[s], e, new FunctionNode(start[s], e, fk, null, start[s], parameters, body));
    }

    /** A number literal; one that does not decode (out of range, say) is a compile error and nil. */
    private Expr number(int t) {
        String text = lexer.text(t);
        Object value;
        try {
            value = switch (kind[t]) {
                case INT -> Literals.integer(text);
                case FLOAT -> Literals.floating(text);
                default -> Literals.duration(text);
            };
        } catch (IllegalArgumentException ex) {
            problem(start[t], end[t] - start[t], ex.getMessage());
            value = Expr.Literal.NIL;
        }
        return new Expr.Literal(start[t], end[t], value);
    }

    /** A string without interpolation is a constant; otherwise its parts in order. */
    private Expr string() {
        int s = pos;
        pos++;
        List<Expr> parts = null;
        Text text = new Text();
        int pendingStart = start[s];
        while (true) {
            int k = kind[pos];
            if (k == STRING_CLOSE) {
                pos++;
                break;
            }
            switch (k) {
                // A bad escape was reported by the lexer; its text is kept so the rest still builds.
                case STRING_TEXT, STRING_BAD_ESCAPE -> text.add(lexer.text(pos));
                case STRING_ESCAPE -> {
                    try {
                        text.add(Literals.escape(lexer.text(pos)));
                    } catch (IllegalArgumentException ex) {
                        problem(start[pos], end[pos] - start[pos], ex.getMessage());
                    }
                }
                case INTERPOLATION_OPEN -> {
                    int b = pos;
                    enter(b);
                    pushOpen(b);
                    pos++;
                    if (parts == null) {
                        parts = new ArrayList<>();
                    }
                    if (!text.isEmpty()) {
                        parts.add(new Expr.Literal(pendingStart, start[b], text.take()));
                    }
                    parts.add(binary(ASSIGNMENT));
                    expect(RBRACE);
                    openCount--;
                    nesting--;
                    pendingStart = end[pos - 1];
                    continue;
                }
                default -> throw error(bit(STRING_CLOSE), bit(STRING_CLOSE));
            }
            pos++;
        }
        if (parts == null) {
            return new Expr.Literal(start[s], end[pos - 1], text.take());
        }
        if (!text.isEmpty()) {
            parts.add(new Expr.Literal(pendingStart, end[pos - 1], text.take()));
        }
        return new Expr.Interpolation(start[s], end[pos - 1], parts);
    }

    /** The constant text of a string so far: usually one piece, so no StringBuilder until a second. */
    private static final class Text {
        private String single;
        private StringBuilder more;

        void add(String piece) {
            if (more != null) {
                more.append(piece);
            } else if (single == null) {
                single = piece;
            } else {
                more = new StringBuilder(single).append(piece);
                single = null;
            }
        }

        boolean isEmpty() {
            return more != null ? more.isEmpty() : single == null || single.isEmpty();
        }

        String take() {
            String result = more != null ? more.toString() : single != null ? single : "";
            single = null;
            more = null;
            return result;
        }
    }

    // ---------------------------------------------------------------- tokens, nesting, brackets

    private void expect(int k) {
        if (kind[pos] != k) {
            throw error(bit(k), bit(k));
        }
        pos++;
    }

    private int expectIdentifier() {
        if (kind[pos] != IDENT) {
            throw error(bit(IDENT), bit(IDENT));
        }
        return pos++;
    }

    /** Opens a nesting level at token {@code t}. */
    private void enter(int t) {
        if (++nesting > MAX_NESTING) {
            nestingTooDeepAt(t);
            throw RECOVER;
        }
    }

    private void nestingTooDeepAt(int t) {
        report(start[t], Math.max(1, end[t] - start[t]), "nesting too deep");
    }

    /** The {@code links}-th link of a chain, at token {@code t}: past {@link #MAX_CHAIN}, "nesting too deep" there. */
    private void link(int t, int links) {
        if (links > MAX_CHAIN) {
            nestingTooDeepAt(t);
            throw RECOVER;
        }
    }

    private void pushOpen(int t) {
        if (openCount == open.length) {
            open = java.util.Arrays.copyOf(open, openCount * 2);
        }
        open[openCount++] = t;
    }

    /** After a StackOverflowError (which the nesting limit should make impossible): "nesting too deep" here. */
    void nestingTooDeepHere() {
        int t = Math.min(pos, lexer.count - 1);
        nestingTooDeepAt(t);
    }

    // ---------------------------------------------------------------- errors

    /**
     * Reports a syntax error at the current token and returns the exception that unwinds to the
     * statement loop. {@code expected}: the tokens that would have been right here. A token
     * that the next one shows to be extra (the next is in {@code deletable}) is "unexpected";
     * otherwise "expected ..., found ...", right after the previous token when it is a single
     * missing token, such as a {@code ;} at the end of a line, or when the statement was cut
     * short by a statement keyword on the next line.
     */
    private Recover error(long expected, long deletable) {
        int x = kind[pos];
        if (x != EOF && in(deletable, kind[pos + 1]) && !in(RESUME_KEYWORDS, x) && !(isCloser(x) && lexer.match[pos] >= 0)) {
            report(start[pos], end[pos] - start[pos], message("unexpected ", found(pos), null));
            return RECOVER;
        }
        String message = expectedFound(expected, pos);
        if (x == EOF) {
            // Point at the end of the last line that has text, where the missing part goes.
            report(src.stripTrailing().length(), 1, message);
        } else if (pos > 0 && (Long.bitCount(expected) == 1 && canFollowMissing(Long.numberOfTrailingZeros(expected), pos)
                        || lexer.lineStart[pos] && resumesStatement(pos))) {
            // A missing token, or a statement cut short by the next one on a new line.
            report(end[pos - 1], 1, message);
        } else {
            report(start[pos], Math.max(1, end[pos] - start[pos]), message);
        }
        return RECOVER;
    }

    /** Whether token {@code t} can come right after a missing {@code missing}, which is then reported after the token before. */
    private boolean canFollowMissing(int missing, int t) {
        if (lexer.lineStart[t]) {
            return true;
        }
        if (missing == IDENT && kind[t] >= LET && kind[t] <= AS && in(IDENT_FOLLOW, kind[t + 1])) {
            // `let as = 1;`: the keyword was meant as the name (it is where the name goes), so the error is at it.
            return false;
        }
        long follow = switch (missing) {
            case SEMI, LBRACE -> STATEMENT_START | bit(RBRACE);
            case RPAREN, RBRACK, RBRACE -> CLOSER_FOLLOW;
            case IDENT -> IDENT_FOLLOW;
            case LPAREN -> bit(IDENT) | bit(RPAREN);
            case IN, COLON, ASSIGN, PIPE -> EXPRESSION_START;
            case AS -> bit(IDENT);
            default -> 0L;
        };
        return in(follow, kind[t]);
    }

    private String expectedFound(long expected, int t) {
        int x = kind[t];
        String found = found(t);
        if ((x == SEMI || x == EOF || isCloser(x)) && openCount > 0) {
            // Which bracket is still open is the useful news.
            int o = kind[open[openCount - 1]];
            int closer = o == LPAREN ? RPAREN : o == LBRACK ? RBRACK : RBRACE;
            if (in(expected, closer)) {
                return message("expected ", name(closer), found);
            }
        }
        if (x == EOF) {
            for (int closer : new int[]{RBRACE, RPAREN, RBRACK}) {
                if (in(expected, closer)) {
                    return message("expected ", name(closer), found);
                }
            }
        }
        String what = describe(expected);
        return what == null ? message("unexpected ", found, null) : message("expected ", what, found);
    }

    private static String message(String head, String what, String found) {
        StringBuilder b = new StringBuilder(head).append(what);
        if (found != null) {
            b.append(", found ").append(found);
        }
        return b.toString();
    }

    private String found(int t) {
        int k = kind[t];
        if (k == EOF) {
            return "end of file";
        }
        if (k == STRING_OPEN) {
            return "string";
        }
        String text = lexer.text(t);
        if (text.length() > 20) {
            text = new StringBuilder(23).append(text, 0, 20).append("...").toString();
        }
        return new StringBuilder("`").append(text).append('`').toString();
    }

    /** The expected set in words; expression starters collapse into "expression". Null if too long to say. */
    static String describe(long expected) {
        LinkedHashSet<String> words = new LinkedHashSet<>();
        boolean expression = in(expected, IDENT) && in(expected, INT) && in(expected, LPAREN);
        for (int k = 0; k < 64; k++) {
            if (in(expected, k)) {
                words.add(expression && startsExpression(k) ? "expression" : name(k));
            }
        }
        if (words.size() > 4) {
            return expression ? "expression" : null;
        }
        List<String> list = new ArrayList<>(words);
        if (list.size() == 1) {
            return list.get(0);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                b.append(i == list.size() - 1 ? " or " : ", ");
            }
            b.append(list.get(i));
        }
        return b.toString();
    }

    /** Records a syntax error unless it is noise, a second one on its line, or an echo of a lexical error. */
    private void report(int at, int length, String message) {
        hadSyntaxError = true;
        if (at >= lexer.noiseFrom) {
            return;
        }
        int line = lineOf(at);
        if (line == lastErrorLine || lexicalLine(line)) {
            return;
        }
        lastErrorLine = line;
        problems.add(new Problem(at, length, message));
        // Parsing goes on to one error past the limit, so that the report can say more were cut.
        if (++reported > SourceParser.MAX_ERRORS) {
            throw STOP;
        }
    }

    /** A compile error that is not a syntax error (a literal out of range, say): the tree is still built. */
    private void problem(int at, int length, String message) {
        if (at < lexer.noiseFrom) {
            problems.add(new Problem(at, length, message));
        }
    }

    private int lineOf(int offset) {
        if (lineStarts == null) {
            int[] starts = new int[16];
            int count = 1;
            for (int i = 0; i < src.length(); i++) {
                if (src.charAt(i) == '\n') {
                    if (count == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i + 1;
                }
            }
            lineStarts = java.util.Arrays.copyOf(starts, count);
        }
        int i = java.util.Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    private boolean lexicalLine(int line) {
        if (lexicalLines == null) {
            lexicalLines = new BitSet();
            for (Problem p : lexer.problems) {
                lexicalLines.set(lineOf(p.start()));
            }
        }
        return lexicalLines.get(line);
    }
}
