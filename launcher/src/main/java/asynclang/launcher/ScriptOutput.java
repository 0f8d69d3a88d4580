package asynclang.launcher;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The command's standard output, buffered here rather than inside the language (the context
 * runs with {@code asynclang.BufferOutput=false}): when the JVM must stop at once (a heap full
 * in all but name, see {@link Thrashing}), what the script printed is still in a buffer the
 * launcher can flush before it halts, not lost with the context.
 */
final class ScriptOutput {

    static final OutputStream STDOUT = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 14);

    private ScriptOutput() {
    }

    /** Writes out what is buffered; a closed or broken stdout is not the report's concern. */
    static void flush() {
        try {
            STDOUT.flush();
        } catch (IOException | RuntimeException e) {
            // Nothing to do: the output is gone either way.
        }
    }
}
