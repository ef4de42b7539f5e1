package dev.anvilcheck.python;

/**
 * The kinds of Python tokens, named as CPython's {@code token} module names them where it has a name.
 *
 * <pre>{@code
 * boolean isKeyword = token.kind().isKeyword();
 * }</pre>
 *
 * <p>Soft keywords ({@code match}, {@code case}, {@code type}, {@code _}) are {@link #NAME} tokens: the parser decides
 * their role. {@link #UNKNOWN} marks text the tokenizer could not make sense of (an error is recorded with it).
 */
public enum TokenKind {
    /** End of input. */
    ENDMARKER,
    /** An identifier, including soft keywords. */
    NAME,
    /** A numeric literal. */
    NUMBER,
    /** A complete string or bytes literal, prefix and quotes included (not f- or t-strings). */
    STRING,
    /** The end of a logical line. */
    NEWLINE,
    /** A newline that does not end a logical line (blank line, comment line, inside brackets); trivia. */
    NL,
    /** A comment, from {@code #} to the end of the line; trivia. */
    COMMENT,
    /** An increase of indentation. */
    INDENT,
    /** A decrease of indentation. */
    DEDENT,
    /** The prefix and opening quote of an f-string. */
    FSTRING_START,
    /** Literal text inside an f-string or a format spec. */
    FSTRING_MIDDLE,
    /** The closing quote of an f-string. */
    FSTRING_END,
    /** The prefix and opening quote of a t-string (3.14). */
    TSTRING_START,
    /** Literal text inside a t-string or a format spec. */
    TSTRING_MIDDLE,
    /** The closing quote of a t-string. */
    TSTRING_END,
    /** Text the tokenizer could not read. */
    UNKNOWN,
    /** {@code (} */ LPAR,
    /** {@code )} */ RPAR,
    /** {@code [} */ LSQB,
    /** {@code ]} */ RSQB,
    /** <code>{</code> */ LBRACE,
    /** <code>}</code> */ RBRACE,
    /** {@code :} */ COLON,
    /** {@code ,} */ COMMA,
    /** {@code ;} */ SEMI,
    /** {@code +} */ PLUS,
    /** {@code -} */ MINUS,
    /** {@code *} */ STAR,
    /** {@code /} */ SLASH,
    /** {@code |} */ VBAR,
    /** {@code &} */ AMPER,
    /** {@code <} */ LESS,
    /** {@code >} */ GREATER,
    /** {@code =} */ EQUAL,
    /** {@code .} */ DOT,
    /** {@code %} */ PERCENT,
    /** {@code ==} */ EQEQUAL,
    /** {@code !=} */ NOTEQUAL,
    /** {@code <>}, Python 2 only. */ LESSGREATER,
    /** {@code <=} */ LESSEQUAL,
    /** {@code >=} */ GREATEREQUAL,
    /** {@code ~} */ TILDE,
    /** {@code ^} */ CIRCUMFLEX,
    /** {@code <<} */ LEFTSHIFT,
    /** {@code >>} */ RIGHTSHIFT,
    /** {@code **} */ DOUBLESTAR,
    /** {@code +=} */ PLUSEQUAL,
    /** {@code -=} */ MINEQUAL,
    /** {@code *=} */ STAREQUAL,
    /** {@code /=} */ SLASHEQUAL,
    /** {@code %=} */ PERCENTEQUAL,
    /** {@code &=} */ AMPEREQUAL,
    /** {@code |=} */ VBAREQUAL,
    /** {@code ^=} */ CIRCUMFLEXEQUAL,
    /** {@code <<=} */ LEFTSHIFTEQUAL,
    /** {@code >>=} */ RIGHTSHIFTEQUAL,
    /** {@code **=} */ DOUBLESTAREQUAL,
    /** {@code //} */ DOUBLESLASH,
    /** {@code //=} */ DOUBLESLASHEQUAL,
    /** {@code @} */ AT,
    /** {@code @=} */ ATEQUAL,
    /** {@code ->} */ RARROW,
    /** {@code ...} */ ELLIPSIS,
    /** {@code :=} */ COLONEQUAL,
    /** {@code !} (f-string conversions) */ EXCLAMATION,
    /** A backquote, Python 2 only. */ BACKQUOTE,
    /** {@code False} */ FALSE,
    /** {@code None} */ NONE,
    /** {@code True} */ TRUE,
    /** {@code and} */ AND,
    /** {@code as} */ AS,
    /** {@code assert} */ ASSERT,
    /** {@code async} */ ASYNC,
    /** {@code await} */ AWAIT,
    /** {@code break} */ BREAK,
    /** {@code class} */ CLASS,
    /** {@code continue} */ CONTINUE,
    /** {@code def} */ DEF,
    /** {@code del} */ DEL,
    /** {@code elif} */ ELIF,
    /** {@code else} */ ELSE,
    /** {@code except} */ EXCEPT,
    /** {@code finally} */ FINALLY,
    /** {@code for} */ FOR,
    /** {@code from} */ FROM,
    /** {@code global} */ GLOBAL,
    /** {@code if} */ IF,
    /** {@code import} */ IMPORT,
    /** {@code in} */ IN,
    /** {@code is} */ IS,
    /** {@code lambda} */ LAMBDA,
    /** {@code nonlocal} */ NONLOCAL,
    /** {@code not} */ NOT,
    /** {@code or} */ OR,
    /** {@code pass} */ PASS,
    /** {@code raise} */ RAISE,
    /** {@code return} */ RETURN,
    /** {@code try} */ TRY,
    /** {@code while} */ WHILE,
    /** {@code with} */ WITH,
    /** {@code yield} */ YIELD;

    /**
     * Whether this is a hard keyword ({@code False} ... {@code yield}).
     *
     * @return true for keywords
     */
    public boolean isKeyword() {
        return ordinal() >= FALSE.ordinal();
    }

    /**
     * Whether this token is trivia: a comment or a non-logical newline.
     *
     * @return true for {@link #COMMENT} and {@link #NL}
     */
    public boolean isTrivia() {
        return this == COMMENT || this == NL;
    }
}
