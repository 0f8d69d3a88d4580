package asynclang.language.errors;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The frames an error collected on its way up a chain of awaiting functions, innermost first.
 * An error re-raised at each of a million awaits must not copy a million frames at each, nor
 * work out every frame's location: the trace is extended in place (a later error takes over its
 * cause's trace when the cause goes to one awaiter only, as along a chain of awaits; it is
 * copied when an error may be re-raised in two places, such as two joiners of one task), and
 * bounded. The innermost {@link #KEEP} frames are
 * worked out at once; of the rest only the last {@link #KEEP} errors are kept, and their frames
 * worked out when the trace is printed; the ones in between are counted.
 */
final class AsyncTrace {

    static final int KEEP = 100;

    static final AsyncTrace EMPTY = new AsyncTrace();

    private final ArrayList<ErrorReport.Frame> inner = new ArrayList<>();
    private final ArrayDeque<AlException> outer = new ArrayDeque<>();
    private long omitted;

    /**
     * {@code earlier}, followed by the frames of {@code cause} itself. With {@code takeOver}
     * (the cause is re-raised in one place only, so nobody reads its trace again) the trace is
     * extended in place; otherwise it is copied first.
     */
    static AsyncTrace extend(AsyncTrace earlier, AlException cause, boolean takeOver) {
        AsyncTrace t;
        if (earlier != EMPTY && takeOver) {
            t = earlier;
        } else {
            t = new AsyncTrace();
            t.inner.addAll(earlier.inner);
            t.outer.addAll(earlier.outer);
            t.omitted = earlier.omitted;
        }
        if (t.inner.size() < KEEP && t.outer.isEmpty()) {
            t.inner.addAll(ErrorReport.ownFrames(cause));
        } else {
            t.outer.addLast(cause);
            if (t.outer.size() > KEEP) {
                t.outer.removeFirst();
                t.omitted++;
            }
        }
        return t;
    }

    /** The frames kept, innermost first; a frame with a null name stands for those left out. */
    List<ErrorReport.Frame> frames() {
        List<ErrorReport.Frame> all = new ArrayList<>(inner);
        if (omitted > 0) {
            all.add(new ErrorReport.Frame(null, null, omitted));
        }
        for (AlException e : outer) {
            all.addAll(ErrorReport.ownFrames(e));
        }
        return all;
    }
}
