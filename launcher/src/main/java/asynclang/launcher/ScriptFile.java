package asynclang.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the script a command line names, turning every way that can fail into one line a user
 * can act on ({@code cannot read x.al: no such file}), and source that is not valid UTF-8 into
 * a compile error at the line and column of the first bad byte, in the language's report format.
 */
final class ScriptFile {

    /** The file could not be used as a script; {@link #getMessage()} is the whole report. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String report) {
            super(report, null, false, false);
        }
    }

    private ScriptFile() {
    }

    static String read(String name) throws Unreadable {
        String shown = name.replace("\0", "\\0");
        Path file;
        try {
            file = Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            throw new Unreadable("error: cannot read " + shown + ": invalid path\n");
        }
        if (Files.isDirectory(file)) {
            throw new Unreadable("error: cannot read " + shown + ": is a directory\n");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            throw new Unreadable("error: cannot read " + shown + ": " + reason(e) + "\n");
        }
        return decode(file.getFileName().toString(), bytes);
    }

    /**
     * Why a file could not be read, in the system's words and lower case ("not a directory",
     * "file name too long"), never a Java message (which repeats the path, or names a class).
     */
    static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        } else if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return "permission denied";
        } else if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return "input/output error";
    }

    /** The script piped to the command ({@code asynclang -} or no file with a pipe). */
    static String readAll(InputStream stdin) throws Unreadable {
        try {
            return decode("<stdin>", stdin.readAllBytes());
        } catch (IOException e) {
            throw new Unreadable("error: cannot read the script from standard input: " + e.getMessage() + "\n");
        }
    }

    private static String decode(String fileName, byte[] bytes) throws Unreadable {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw new Unreadable(invalidUtf8(fileName, bytes, in.position()));
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            throw new Unreadable(invalidUtf8(fileName, bytes, bytes.length));
        }
        out.flip();
        return out.toString();
    }

    /** The compile error for a bad byte at {@code offset}: its line, its column (in characters), a caret. */
    private static String invalidUtf8(String fileName, byte[] bytes, int offset) {
        int lineStart = 0;
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int lineEnd = lineStart;
        while (lineEnd < bytes.length && bytes[lineEnd] != '\n' && bytes[lineEnd] != '\r') {
            lineEnd++;
        }
        String before = lenient(bytes, lineStart, offset - lineStart);
        String text = lenient(bytes, lineStart, lineEnd - lineStart);
        int column = before.codePointCount(0, before.length()) + 1;
        String number = Integer.toString(line);
        String gutter = " ".repeat(number.length());
        StringBuilder caret = new StringBuilder();
        before.codePoints().forEach(c -> caret.append(c == '\t' ? '\t' : ' '));
        return "error: invalid UTF-8 in source\n"
                        + gutter + "--> " + fileName + ":" + line + ":" + column + "\n"
                        + gutter + " |\n"
                        + number + " | " + text + "\n"
                        + gutter + " | " + caret + "^\n";
    }

    /** Bytes shown as text, bad ones as U+FFFD. */
    private static String lenient(byte[] bytes, int from, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                            .decode(ByteBuffer.wrap(bytes, from, length)).toString();
        } catch (CharacterCodingException e) {
            return "";
        }
    }
}
