// The asynclang grammar: all of LANGUAGE.md's syntax.
//
// Precedence, loosest to tightest (as in Rust):
//   assignment (= += -= *= /= %=, right-assoc)  <  range (.. ..=)  <  ||  <  &&
//   <  comparison (== != < <= > >=)  <  + -  <  * / %  <  unary - !
//   <  postfix (call, index, .field, .method(), .await)
// Chained comparisons (a < b < c) parse here and are rejected by the resolver, as in Rust.
//
// The engine's parser is hand-written (language/src/main/java/asynclang/language/parser); this
// grammar is its reference specification, and the tests compare the two on every script.
//
// Tokens, string interpolation and nested comments are in AsyncLangLexer.g4.
parser grammar AsyncLang;

options { tokenVocab = AsyncLangLexer; }

@members {
    /**
     * Whether the next token starts a block-like expression (a block, if, while, loop, for,
     * try). At the start of a statement such an expression is a statement of its own, as in
     * Rust. Saying so with predicates keeps prediction to one token of lookahead: without
     * them ANTLR compares the statement and the expression reading of a whole nested
     * construct at every level, which is quadratic in the nesting depth.
     */
    private boolean blockLikeAhead() {
        int t = _input.LA(1);
        return t == LBRACE && !mapAhead() || t == IF || t == WHILE || t == LOOP || t == FOR || t == TRY;
    }

    /**
     * Whether the `{` ahead opens a map literal: a key (a name, a number, a duration, a bool,
     * nil, a negated number, a string or a computed `[key]`) and a colon. Such a `{` starts an expression statement (or the tail),
     * `{"a": 1}.len()` say; `{}` is a block there.
     */
    private boolean mapAhead() {
        int t = _input.LA(2);
        if (t == IDENT || t == INT || t == FLOAT || t == DURATION || t == TRUE || t == FALSE || t == NIL) {
            return _input.LA(3) == COLON;
        }
        if (t == MINUS) {
            int n = _input.LA(3);
            return (n == INT || n == FLOAT || n == DURATION) && _input.LA(4) == COLON;
        }
        if (t != STRING_OPEN && t != LBRACK) {
            return false;
        }
        int open = t;
        int close = t == STRING_OPEN ? STRING_CLOSE : RBRACK;
        int depth = 0;
        for (int i = 2;; i++) {
            int u = _input.LA(i);
            if (u == EOF) {
                return false;
            }
            if (u == open) {
                depth++;
            } else if (u == close && --depth == 0) {
                return _input.LA(i + 1) == COLON;
            }
        }
    }
}

program
    : statement* ({!blockLikeAhead()}? expression)? EOF
    ;

block
    : LBRACE statement* (lastJump | {!blockLikeAhead()}? expression)? RBRACE
    ;

// The last statement of a block may leave out the semicolon of a jump: `{ return x }`.
lastJump
    : RETURN expression?                                     # lastReturn
    | BREAK expression?                                      # lastBreak
    | CONTINUE                                               # lastContinue
    | THROW expression                                       # lastThrow
    ;

statement
    : SEMI                                                   # emptyStatement
    | LET IDENT (ASSIGN expression)? SEMI                    # letStatement
    | ASYNC? FN IDENT LPAREN parameters? RPAREN block        # fnDeclaration
    | IMPORT importTarget SEMI                               # importStatement
    | RETURN expression? SEMI                                # returnStatement
    | BREAK expression? SEMI                                 # breakStatement
    | CONTINUE SEMI                                          # continueStatement
    | THROW expression SEMI                                  # throwStatement
    | {blockLikeAhead()}? blockLike                          # blockLikeStatement
    | {!blockLikeAhead()}? expression SEMI                   # expressionStatement
    ;

importTarget
    : string AS IDENT                                        # importFile
    | IDENT (DOT IDENT)* (AS IDENT)?                         # importModule
    ;

parameters
    : IDENT (COMMA IDENT)* COMMA?
    ;

// Expressions that end in a block; as statements they need no semicolon.
blockLike
    : block                                                  # blockExpression
    | ifExpression                                           # ifLike
    | WHILE expression block                                 # whileExpression
    | LOOP block                                             # loopExpression
    | FOR IDENT IN expression block                          # forExpression
    | TRY block (CATCH IDENT? block)? (FINALLY block)?       # tryExpression
    ;

ifExpression
    : IF expression block (ELSE (ifExpression | block))?
    ;

expression
    : primary                                                              # primaryExpression
    | expression DOT AWAIT                                                 # awaitExpression
    | expression DOT IDENT LPAREN arguments? RPAREN                        # methodCall
    | expression DOT IDENT                                                 # fieldAccess
    | expression LPAREN arguments? RPAREN                                  # call
    | expression LBRACK expression RBRACK                                  # index
    | op=(MINUS | BANG) expression                                         # unary
    | expression op=(STAR | SLASH | PERCENT) expression                    # multiplicative
    | expression op=(PLUS | MINUS) expression                              # additive
    | expression op=(EQ | NE | LT | LE | GT | GE) expression               # comparison
    | expression AND expression                                            # logicalAnd
    | expression OR expression                                             # logicalOr
    | expression op=(DOTDOT | DOTDOTEQ) expression                         # range
    | <assoc=right> expression
        op=(ASSIGN | PLUS_ASSIGN | MINUS_ASSIGN | STAR_ASSIGN | SLASH_ASSIGN | PERCENT_ASSIGN)
        expression                                                         # assignment
    ;

arguments
    : expression (COMMA expression)* COMMA?
    ;

primary
    : INT                                                    # intLiteral
    | FLOAT                                                  # floatLiteral
    | DURATION                                               # durationLiteral
    | string                                                 # stringLiteral
    | (TRUE | FALSE)                                         # boolLiteral
    | NIL                                                    # nilLiteral
    | IDENT                                                  # name
    | LPAREN expression RPAREN                               # parenthesized
    | LBRACK arguments? RBRACK                               # listLiteral
    | LBRACE (mapEntry (COMMA mapEntry)* COMMA?)? RBRACE     # mapLiteral
    | blockLike                                              # blockLikePrimary
    | ASYNC block                                            # asyncBlock
    | ASYNC? closureParameters expression                    # closure
    ;

closureParameters
    : PIPE parameters? PIPE
    | OR
    ;

mapEntry
    : key=mapKey COLON expression
    ;

mapKey
    : IDENT                                                  # identifierKey
    | string                                                 # stringKey
    | INT                                                    # intKey
    | FLOAT                                                  # floatKey
    | DURATION                                               # durationKey
    | (TRUE | FALSE)                                         # boolKey
    | NIL                                                    # nilKey
    | MINUS (INT | FLOAT | DURATION)                         # negatedKey
    | LBRACK expression RBRACK                               # computedKey
    ;

string
    : STRING_OPEN stringPart* STRING_CLOSE
    ;

stringPart
    : STRING_TEXT                                            # stringText
    | STRING_ESCAPE                                          # stringEscape
    | STRING_BAD_ESCAPE                                      # stringBadEscape
    | INTERPOLATION_OPEN expression RBRACE                   # interpolation
    ;

