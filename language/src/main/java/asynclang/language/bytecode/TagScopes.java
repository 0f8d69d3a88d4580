package asynclang.language.bytecode;

import com.oracle.truffle.api.bytecode.TagTreeNode;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.interop.NodeLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * The local variables a debugger sees at a statement: the Bytecode DSL's default scope, read
 * from the frame that holds the locals, without the ones not assigned yet ({@link BodyScope}). When an async body has resumed after an await, the
 * probes of its statements are given the continuation's own frame, whose locals are empty;
 * the body's real frame is kept in that frame's coroutine slot. Without this, every local of
 * a resumed async fn would show as unset.
 */
@ExportLibrary(value = NodeLibrary.class, receiverType = TagTreeNode.class)
final class TagScopes {

    /** Where the generated continuation root keeps the resumed body's frame (AlRootNodeGen.COROUTINE_FRAME_INDEX). */
    static final int COROUTINE_FRAME_SLOT = 1;

    private TagScopes() {
    }

    @ExportMessage
    static boolean hasScope(TagTreeNode node, Frame frame) {
        return true;
    }

    @ExportMessage
    static Object getScope(TagTreeNode node, Frame frame, boolean nodeEnter) {
        return new BodyScope(node.createDefaultScope(localsFrame(frame), nodeEnter));
    }

    static Frame localsFrame(Frame frame) {
        if (frame != null && frame.getFrameDescriptor().getNumberOfSlots() > COROUTINE_FRAME_SLOT
                        && frame.isObject(COROUTINE_FRAME_SLOT)
                        && frame.getObject(COROUTINE_FRAME_SLOT) instanceof MaterializedFrame body
                        && body.getFrameDescriptor() == frame.getFrameDescriptor()) {
            return body;
        }
        return frame;
    }
}
