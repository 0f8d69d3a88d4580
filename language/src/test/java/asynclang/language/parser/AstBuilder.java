package asynclang.language.parser;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

import asynclang.grammar.AsyncLang;
import asynclang.grammar.AsyncLang.*;
import asynclang.language.ast.Expr;
import asynclang.language.ast.FunctionNode;
import asynclang.language.ast.Stmt;

/**
 * Part of the reference parser (see AntlrReferenceParser), no longer used by the engine.
 * <p>
 * Turns ANTLR's parse tree into the AST, one method per grammar rule. Literal values are decoded
 * here; a literal that does not decode (an out-of-range duration, say) becomes a compile error.
 */
final class AstBuilder {

    private final SourceText text;
    private final List<SourceParser.Problem> problems;

    AstBuilder(SourceText text, List<SourceParser.Problem> problems) {
        this.text = text;
        this.problems = problems;
    }

    FunctionNode program(ProgramContext ctx) {
        Expr.Block body = blockOf(ctx, ctx.statement(), ctx.expression());
        return new FunctionNode(body.start, body.end, FunctionNode.Kind.TOP_LEVEL, null, 0, List.of(), body);
    }

    // ---------------------------------------------------------------- statements

    Expr.Block block(BlockContext ctx) {
        Expr.Block b = blockOf(ctx, ctx.statement(), ctx.expression());
        if (ctx.lastJump() != null) {
            List<Stmt> statements = new ArrayList<>(b.statements);
            statements.add(lastJump(ctx.lastJump()));
            return new Expr.Block(b.start, b.end, statements, null);
        }
        return b;
    }

    private Stmt lastJump(LastJumpContext ctx) {
        int s = start(ctx);
        int e = end(ctx);
        return switch (ctx) {
            case LastReturnContext c -> new Stmt.Return(s, e, c.expression() == null ? null : expression(c.expression()));
            case LastBreakContext c -> new Stmt.Break(s, e, c.expression() == null ? null : expression(c.expression()));
            case LastContinueContext c -> new Stmt.Continue(s, e);
            case LastThrowContext c -> new Stmt.Throw(s, e, expression(c.expression()));
            default -> throw new IllegalStateException(ctx.getClass().getName());
        };
    }

    /** A block-like expression statement that ends the block is the block's value, as in Rust. */
    private Expr.Block blockOf(ParserRuleContext ctx, List<StatementContext> statementContexts, ExpressionContext tailContext) {
        List<Stmt> statements = new ArrayList<>();
        for (StatementContext s : statementContexts) {
            statements.add(statement(s));
        }
        Expr tail = tailContext == null ? null : expression(tailContext);
        if (tail == null && !statements.isEmpty() && statements.get(statements.size() - 1) instanceof Stmt.Expression last && !last.hasSemicolon) {
            statements.remove(statements.size() - 1);
            tail = last.expression;
        }
        return new Expr.Block(start(ctx), end(ctx), statements, tail);
    }

    private Stmt statement(StatementContext ctx) {
        int s = start(ctx);
        int e = end(ctx);
        return switch (ctx) {
            case EmptyStatementContext c -> new Stmt.Empty(s, e);
            case LetStatementContext c -> {
                Expr init = c.expression() == null ? null : expression(c.expression());
                if (init instanceof Expr.Function f && f.function.name == null) {
                    f.function.name = c.IDENT().getText();
                }
                yield new Stmt.Let(s, e, c.IDENT().getText(), start(c.IDENT()), init);
            }
            case FnDeclarationContext c -> {
                FunctionNode.Kind kind = c.ASYNC() != null ? FunctionNode.Kind.ASYNC_FUNCTION : FunctionNode.Kind.FUNCTION;
                FunctionNode fn = new FunctionNode(s, e, kind, c.IDENT().getText(), start(c.IDENT()), parameters(c.parameters()), block(c.block()));
                yield new Stmt.FnDeclaration(s, e, fn);
            }
            case ImportStatementContext c -> importStatement(s, e, c.importTarget());
            case ReturnStatementContext c -> new Stmt.Return(s, e, c.expression() == null ? null : expression(c.expression()));
            case BreakStatementContext c -> new Stmt.Break(s, e, c.expression() == null ? null : expression(c.expression()));
            case ContinueStatementContext c -> new Stmt.Continue(s, e);
            case ThrowStatementContext c -> new Stmt.Throw(s, e, expression(c.expression()));
            case BlockLikeStatementContext c -> new Stmt.Expression(s, e, blockLike(c.blockLike()), false);
            case ExpressionStatementContext c -> new Stmt.Expression(s, e, expression(c.expression()), true);
            default -> throw new IllegalStateException(ctx.getClass().getName());
        };
    }

    private Stmt importStatement(int s, int e, ImportTargetContext target) {
        if (target instanceof ImportFileContext f) {
            Expr path = string(f.string());
            String file = path instanceof Expr.Literal l && l.value instanceof String str ? str : null;
            if (file == null) {
                problem(path, "an import path cannot be interpolated");
                file = "";
            }
            return new Stmt.Import(s, e, file, null, f.IDENT().getText(), start(f.IDENT()));
        }
        ImportModuleContext m = (ImportModuleContext) target;
        List<String> path = new ArrayList<>();
        List<TerminalNode> names = m.IDENT();
        int pathLength = m.AS() != null ? names.size() - 1 : names.size();
        for (int i = 0; i < pathLength; i++) {
            path.add(names.get(i).getText());
        }
        TerminalNode alias = names.get(names.size() - 1);
        return new Stmt.Import(s, e, null, path, alias.getText(), start(alias));
    }

    private List<FunctionNode.Parameter> parameters(ParametersContext ctx) {
        List<FunctionNode.Parameter> result = new ArrayList<>();
        if (ctx != null) {
            for (TerminalNode id : ctx.IDENT()) {
                result.add(new FunctionNode.Parameter(id.getText(), start(id), end(id)));
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- expressions

    private Expr blockLike(BlockLikeContext ctx) {
        int s = start(ctx);
        int e = end(ctx);
        return switch (ctx) {
            case BlockExpressionContext c -> block(c.block());
            case IfLikeContext c -> ifExpression(c.ifExpression());
            case WhileExpressionContext c -> new Expr.While(s, e, expression(c.expression()), block(c.block()));
            case LoopExpressionContext c -> new Expr.LoopForever(s, e, block(c.block()));
            case ForExpressionContext c -> new Expr.For(s, e, c.IDENT().getText(), start(c.IDENT()), expression(c.expression()), block(c.block()));
            case TryExpressionContext c -> {
                Expr.Block body = block(c.block(0));
                Expr.Block catchBody = null;
                Expr.Block finallyBody = null;
                int next = 1;
                if (c.CATCH() != null) {
                    catchBody = block(c.block(next++));
                }
                if (c.FINALLY() != null) {
                    finallyBody = block(c.block(next));
                }
                if (catchBody == null && finallyBody == null) {
                    problems.add(new SourceParser.Problem(s, 3, "`try` needs a `catch` or a `finally` block"));
                }
                yield new Expr.Try(s, e, body, c.IDENT() == null ? null : c.IDENT().getText(), catchBody, finallyBody);
            }
            default -> throw new IllegalStateException(ctx.getClass().getName());
        };
    }

    private Expr.If ifExpression(IfExpressionContext ctx) {
        Expr otherwise = null;
        if (ctx.ifExpression() != null) {
            otherwise = ifExpression(ctx.ifExpression());
        } else if (ctx.block().size() > 1) {
            otherwise = block(ctx.block(1));
        }
        return new Expr.If(start(ctx), end(ctx), expression(ctx.expression()), block(ctx.block(0)), otherwise);
    }

    Expr expression(ExpressionContext ctx) {
        int s = start(ctx);
        int e = end(ctx);
        return switch (ctx) {
            case PrimaryExpressionContext c -> primary(c.primary());
            case AwaitExpressionContext c -> new Expr.Await(start(c.AWAIT()), end(c.AWAIT()), expression(c.expression()));
            case MethodCallContext c -> new Expr.MethodCall(start(c.IDENT()), e, expression(c.expression()), c.IDENT().getText(), arguments(c.arguments()));
            case FieldAccessContext c -> new Expr.Field(start(c.IDENT()), e, expression(c.expression()), c.IDENT().getText());
            case CallContext c -> new Expr.Call(s, e, expression(c.expression()), arguments(c.arguments()));
            case IndexContext c -> new Expr.Index(s, e, expression(c.expression(0)), expression(c.expression(1)));
            case UnaryContext c -> new Expr.Unary(s, e, c.op.getType() == AsyncLang.MINUS ? Expr.UnaryOp.NEGATE : Expr.UnaryOp.NOT, expression(c.expression()));
            case MultiplicativeContext c -> binary(s, e, c.op, c.expression(0), c.expression(1));
            case AdditiveContext c -> binary(s, e, c.op, c.expression(0), c.expression(1));
            case ComparisonContext c -> binary(s, e, c.op, c.expression(0), c.expression(1));
            case LogicalAndContext c -> new Expr.Logical(s, e, true, expression(c.expression(0)), expression(c.expression(1)));
            case LogicalOrContext c -> new Expr.Logical(s, e, false, expression(c.expression(0)), expression(c.expression(1)));
            case RangeContext c -> new Expr.Range(s, e, expression(c.expression(0)), expression(c.expression(1)), c.op.getType() == AsyncLang.DOTDOTEQ);
            case AssignmentContext c -> new Expr.Assign(s, e, compoundOperator(c.op), expression(c.expression(0)), expression(c.expression(1)));
            default -> throw new IllegalStateException(ctx.getClass().getName());
        };
    }

    private Expr binary(int s, int e, Token op, ExpressionContext left, ExpressionContext right) {
        Expr.BinaryOp binaryOp = switch (op.getType()) {
            case AsyncLang.PLUS -> Expr.BinaryOp.ADD;
            case AsyncLang.MINUS -> Expr.BinaryOp.SUBTRACT;
            case AsyncLang.STAR -> Expr.BinaryOp.MULTIPLY;
            case AsyncLang.SLASH -> Expr.BinaryOp.DIVIDE;
            case AsyncLang.PERCENT -> Expr.BinaryOp.REMAINDER;
            case AsyncLang.EQ -> Expr.BinaryOp.EQUAL;
            case AsyncLang.NE -> Expr.BinaryOp.NOT_EQUAL;
            case AsyncLang.LT -> Expr.BinaryOp.LESS;
            case AsyncLang.LE -> Expr.BinaryOp.LESS_EQUAL;
            case AsyncLang.GT -> Expr.BinaryOp.GREATER;
            default -> Expr.BinaryOp.GREATER_EQUAL;
        };
        return new Expr.Binary(s, e, binaryOp, expression(left), expression(right));
    }

    private static Expr.BinaryOp compoundOperator(Token op) {
        return switch (op.getType()) {
            case AsyncLang.PLUS_ASSIGN -> Expr.BinaryOp.ADD;
            case AsyncLang.MINUS_ASSIGN -> Expr.BinaryOp.SUBTRACT;
            case AsyncLang.STAR_ASSIGN -> Expr.BinaryOp.MULTIPLY;
            case AsyncLang.SLASH_ASSIGN -> Expr.BinaryOp.DIVIDE;
            case AsyncLang.PERCENT_ASSIGN -> Expr.BinaryOp.REMAINDER;
            default -> null;
        };
    }

    private List<Expr> arguments(ArgumentsContext ctx) {
        List<Expr> result = new ArrayList<>();
        if (ctx != null) {
            for (ExpressionContext a : ctx.expression()) {
                result.add(expression(a));
            }
        }
        return result;
    }

    private Expr primary(PrimaryContext ctx) {
        int s = start(ctx);
        int e = end(ctx);
        return switch (ctx) {
            case IntLiteralContext c -> literal(s, e, () -> Literals.integer(c.getText()));
            case FloatLiteralContext c -> literal(s, e, () -> Literals.floating(c.getText()));
            case DurationLiteralContext c -> literal(s, e, () -> Literals.duration(c.getText()));
            case StringLiteralContext c -> string(c.string());
            case BoolLiteralContext c -> new Expr.Literal(s, e, c.TRUE() != null);
            case NilLiteralContext c -> new Expr.Literal(s, e, Expr.Literal.NIL);
            case NameContext c -> new Expr.Name(s, e, c.IDENT().getText());
            case ParenthesizedContext c -> new Expr.Parenthesized(s, e, expression(c.expression()));
            case ListLiteralContext c -> new Expr.ListLiteral(s, e, arguments(c.arguments()));
            case MapLiteralContext c -> mapLiteral(s, e, c.mapEntry());
            case BlockLikePrimaryContext c -> blockLike(c.blockLike());
            case AsyncBlockContext c -> new Expr.Function(s, e, new FunctionNode(s, e, FunctionNode.Kind.ASYNC_BLOCK, null, s, List.of(), block(c.block())));
            case ClosureContext c -> {
                FunctionNode.Kind kind = c.ASYNC() != null ? FunctionNode.Kind.ASYNC_CLOSURE : FunctionNode.Kind.CLOSURE;
                yield new Expr.Function(s, e, new FunctionNode(s, e, kind, null, s, parameters(c.closureParameters().parameters()), expression(c.expression())));
            }
            default -> throw new IllegalStateException(ctx.getClass().getName());
        };
    }

    private Expr mapLiteral(int s, int e, List<MapEntryContext> entries) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (MapEntryContext entry : entries) {
            MapKeyContext key = entry.mapKey();
            int ks = start(key);
            int ke = end(key);
            keys.add(switch (key) {
                case IdentifierKeyContext k -> new Expr.Literal(ks, ke, k.IDENT().getText());
                case StringKeyContext k -> string(k.string());
                case IntKeyContext k -> literal(ks, ke, () -> Literals.integer(k.getText()));
                case FloatKeyContext k -> literal(ks, ke, () -> Literals.floating(k.getText()));
                case DurationKeyContext k -> literal(ks, ke, () -> Literals.duration(k.getText()));
                case BoolKeyContext k -> new Expr.Literal(ks, ke, k.TRUE() != null);
                case NilKeyContext k -> new Expr.Literal(ks, ke, Expr.Literal.NIL);
                case NegatedKeyContext k -> new Expr.Unary(ks, ke, Expr.UnaryOp.NEGATE, numberKey((TerminalNode) k.getChild(1)));
                case ComputedKeyContext k -> expression(k.expression());
                default -> throw new IllegalStateException(key.getClass().getName());
            });
            Expr value = expression(entry.expression());
            if (key instanceof IdentifierKeyContext k && value instanceof Expr.Function f && f.function.name == null) {
                f.function.name = k.IDENT().getText();
            }
            values.add(value);
        }
        return new Expr.MapLiteral(s, e, keys, values);
    }

    private Expr numberKey(TerminalNode n) {
        String t = n.getText();
        return literal(start(n), end(n), () -> switch (n.getSymbol().getType()) {
            case AsyncLang.INT -> Literals.integer(t);
            case AsyncLang.FLOAT -> Literals.floating(t);
            default -> Literals.duration(t);
        });
    }

    private Expr literal(int s, int e, java.util.function.Supplier<Object> decode) {
        try {
            return new Expr.Literal(s, e, decode.get());
        } catch (IllegalArgumentException ex) {
            problems.add(new SourceParser.Problem(s, e - s, ex.getMessage()));
            return new Expr.Literal(s, e, Expr.Literal.NIL);
        }
    }

    /** A string without interpolation is a constant; otherwise its parts in order. */
    private Expr string(StringContext ctx) {
        List<Expr> parts = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        int pendingStart = start(ctx);
        for (StringPartContext part : ctx.stringPart()) {
            switch (part) {
                case StringTextContext t -> pending.append(t.getText());
                case StringEscapeContext esc -> {
                    try {
                        pending.append(Literals.escape(esc.getText()));
                    } catch (IllegalArgumentException ex) {
                        problems.add(new SourceParser.Problem(start(esc), end(esc) - start(esc), ex.getMessage()));
                    }
                }
                case StringBadEscapeContext bad -> {
                    // Reported by the lexical check; keep the text so the rest still builds.
                    pending.append(bad.getText());
                }
                case InterpolationContext i -> {
                    if (!pending.isEmpty()) {
                        parts.add(new Expr.Literal(pendingStart, start(i), pending.toString()));
                        pending.setLength(0);
                    }
                    parts.add(expression(i.expression()));
                    pendingStart = end(i);
                }
                default -> throw new IllegalStateException(part.getClass().getName());
            }
        }
        if (parts.isEmpty()) {
            return new Expr.Literal(start(ctx), end(ctx), pending.toString());
        }
        if (!pending.isEmpty()) {
            parts.add(new Expr.Literal(pendingStart, end(ctx), pending.toString()));
        }
        return new Expr.Interpolation(start(ctx), end(ctx), parts);
    }

    private void problem(Expr at, String message) {
        problems.add(new SourceParser.Problem(at.start, at.length(), message));
    }

    // ---------------------------------------------------------------- positions

    private int start(ParserRuleContext ctx) {
        return text.charOffset(ctx.getStart().getStartIndex());
    }

    private int end(ParserRuleContext ctx) {
        Token stop = ctx.getStop();
        if (stop == null || stop.getStopIndex() < ctx.getStart().getStartIndex()) {
            return start(ctx);
        }
        return text.charOffset(stop.getStopIndex() + 1);
    }

    private int start(TerminalNode node) {
        return text.charOffset(node.getSymbol().getStartIndex());
    }

    private int end(TerminalNode node) {
        return text.charOffset(node.getSymbol().getStopIndex() + 1);
    }
}
