package asynclang.language.ast;

/** A piece of syntax and the source range it came from (UTF-16 offsets, end exclusive). */
public abstract class Node {

    public final int start;
    public final int end;

    protected Node(int start, int end) {
        this.start = start;
        this.end = end;
    }

    public int length() {
        return end - start;
    }
}
