package asynclang.language.async;

import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.instrumentation.StandardTags.RootTag;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.Node;

/**
 * What the coroutine driver's frame shows the debugger as its call node. The debugger lists
 * a frame, and asks its root for asynchronous frames, only if the frame's call node lies under
 * a root-tagged node; the driver has no guest code of its own, so it names this marker, which
 * carries the tag but is never instrumented. The frame stays internal: tools still hide it.
 */
final class DriverFrameMarker extends Node implements InstrumentableNode {

    @Override
    public boolean isInstrumentable() {
        return false;
    }

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        throw new UnsupportedOperationException("the driver's frame marker is never instrumented");
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == RootTag.class;
    }
}
