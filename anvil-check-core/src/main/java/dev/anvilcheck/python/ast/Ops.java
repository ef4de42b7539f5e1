package dev.anvilcheck.python.ast;

/**
 * The operator and context enumerations of CPython's {@code ast} module.
 *
 * <pre>{@code
 * Ops.Operator op = Ops.Operator.ADD; // op.pythonName() == "Add"
 * }</pre>
 */
public final class Ops {

    private Ops() {
    }

    /** How a name, attribute, subscript, list or tuple is used. */
    public enum ExprContext {
        /** Read. */ LOAD("Load"),
        /** Assigned. */ STORE("Store"),
        /** Deleted. */ DEL("Del");

        private final String pythonName;

        ExprContext(String n) {
            pythonName = n;
        }

        /**
         * The CPython class name.
         *
         * @return e.g. {@code "Load"}
         */
        public String pythonName() {
            return pythonName;
        }
    }

    /** Boolean operators. */
    public enum BoolOperator {
        /** {@code and} */ AND("And"),
        /** {@code or} */ OR("Or");

        private final String pythonName;

        BoolOperator(String n) {
            pythonName = n;
        }

        /**
         * The CPython class name.
         *
         * @return e.g. {@code "And"}
         */
        public String pythonName() {
            return pythonName;
        }
    }

    /** Binary operators. */
    public enum Operator {
        /** {@code +} */ ADD("Add", "+"),
        /** {@code -} */ SUB("Sub", "-"),
        /** {@code *} */ MULT("Mult", "*"),
        /** {@code @} */ MAT_MULT("MatMult", "@"),
        /** {@code /} */ DIV("Div", "/"),
        /** {@code %} */ MOD("Mod", "%"),
        /** {@code **} */ POW("Pow", "**"),
        /** {@code <<} */ LSHIFT("LShift", "<<"),
        /** {@code >>} */ RSHIFT("RShift", ">>"),
        /** {@code |} */ BIT_OR("BitOr", "|"),
        /** {@code ^} */ BIT_XOR("BitXor", "^"),
        /** {@code &} */ BIT_AND("BitAnd", "&"),
        /** {@code //} */ FLOOR_DIV("FloorDiv", "//");

        private final String pythonName;
        private final String symbol;

        Operator(String n, String s) {
            pythonName = n;
            symbol = s;
        }

        /**
         * The CPython class name.
         *
         * @return e.g. {@code "Add"}
         */
        public String pythonName() {
            return pythonName;
        }

        /**
         * The operator as written.
         *
         * @return e.g. {@code "+"}
         */
        public String symbol() {
            return symbol;
        }
    }

    /** Unary operators. */
    public enum UnaryOperator {
        /** {@code ~} */ INVERT("Invert"),
        /** {@code not} */ NOT("Not"),
        /** {@code +} */ UADD("UAdd"),
        /** {@code -} */ USUB("USub");

        private final String pythonName;

        UnaryOperator(String n) {
            pythonName = n;
        }

        /**
         * The CPython class name.
         *
         * @return e.g. {@code "Not"}
         */
        public String pythonName() {
            return pythonName;
        }
    }

    /** Comparison operators. */
    public enum CmpOperator {
        /** {@code ==} */ EQ("Eq"),
        /** {@code !=} (or Python 2 {@code <>}) */ NOT_EQ("NotEq"),
        /** {@code <} */ LT("Lt"),
        /** {@code <=} */ LT_E("LtE"),
        /** {@code >} */ GT("Gt"),
        /** {@code >=} */ GT_E("GtE"),
        /** {@code is} */ IS("Is"),
        /** {@code is not} */ IS_NOT("IsNot"),
        /** {@code in} */ IN("In"),
        /** {@code not in} */ NOT_IN("NotIn");

        private final String pythonName;

        CmpOperator(String n) {
            pythonName = n;
        }

        /**
         * The CPython class name.
         *
         * @return e.g. {@code "Eq"}
         */
        public String pythonName() {
            return pythonName;
        }
    }
}
