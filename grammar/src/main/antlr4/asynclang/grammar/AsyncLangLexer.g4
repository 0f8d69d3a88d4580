// The asynclang tokens (LANGUAGE.md section 1).
//
// Strings use lexer modes: `"` enters STRING mode, `{` inside a string pushes the default
// mode for an interpolated expression, and the `}` that closes it pops back. Every `{` in
// code pushes the default mode too, so a `}` always returns to whatever mode it came from.
// Malformed input (stray characters, a comment that never closes) goes to the ERRORS
// channel, where the front end reports it with a precise message instead of a parse error.
lexer grammar AsyncLangLexer;

channels { ERRORS }

LET: 'let';
FN: 'fn';
ASYNC: 'async';
AWAIT: 'await';
IF: 'if';
ELSE: 'else';
WHILE: 'while';
LOOP: 'loop';
FOR: 'for';
IN: 'in';
BREAK: 'break';
CONTINUE: 'continue';
RETURN: 'return';
TRUE: 'true';
FALSE: 'false';
NIL: 'nil';
TRY: 'try';
CATCH: 'catch';
FINALLY: 'finally';
THROW: 'throw';
IMPORT: 'import';
AS: 'as';

DURATION
    : DECIMAL ('.' DECIMAL)? EXPONENT? ('ns' | 'us' | 'ms' | 's' | 'm' | 'h')
    ;
FLOAT
    : DECIMAL '.' DECIMAL EXPONENT?
    | DECIMAL EXPONENT
    ;
INT
    : DECIMAL
    | '0x' [0-9a-fA-F_]+
    | '0o' [0-7_]+
    | '0b' [01_]+
    ;
fragment DECIMAL: [0-9] [0-9_]*;
fragment EXPONENT: [eE] [+-]? [0-9] [0-9_]*;

IDENT: [A-Za-z_] [A-Za-z0-9_]*;

STRING_OPEN: '"' -> pushMode(STRING);

PLUS_ASSIGN: '+=';
MINUS_ASSIGN: '-=';
STAR_ASSIGN: '*=';
SLASH_ASSIGN: '/=';
PERCENT_ASSIGN: '%=';
EQ: '==';
NE: '!=';
LE: '<=';
GE: '>=';
AND: '&&';
OR: '||';
DOTDOTEQ: '..=';
DOTDOT: '..';
LT: '<';
GT: '>';
ASSIGN: '=';
PLUS: '+';
MINUS: '-';
STAR: '*';
SLASH: '/';
PERCENT: '%';
BANG: '!';
PIPE: '|';
DOT: '.';
COMMA: ',';
SEMI: ';';
COLON: ':';
LPAREN: '(';
RPAREN: ')';
LBRACK: '[';
RBRACK: ']';
LBRACE: '{' -> pushMode(DEFAULT_MODE);
// A stray `}` at the outermost level must not pop an empty mode stack; the parser reports it.
RBRACE: '}' { if (!_modeStack.isEmpty()) popMode(); };

WHITESPACE: [ \t\r\n\u000C\uFEFF]+ -> skip;
LINE_COMMENT: '//' ~[\r\n]* -> skip;
// `#!/usr/bin/env asynclang` as the very first line of an executable script.
SHEBANG: '#!' {_tokenStartCharIndex == 0}? ~[\r\n]* -> skip;
BLOCK_COMMENT: '/*' (BLOCK_COMMENT | .)*? '*/' -> skip;
// Matches only where BLOCK_COMMENT cannot: a comment that never closes. Reported as an error.
UNTERMINATED_COMMENT: '/*' -> channel(ERRORS);
// Anything else is a stray character, reported as an error by the front end.
STRAY_CHARACTER: . -> channel(ERRORS);

mode STRING;
STRING_CLOSE: '"' -> popMode;
INTERPOLATION_OPEN: '{' -> pushMode(DEFAULT_MODE);
STRING_ESCAPE: '\\' ([nrt0\\"'{}] | 'u{' [0-9a-fA-F]+ '}');
STRING_BAD_ESCAPE: '\\' .?;
STRING_TEXT: ~["\\{]+;
