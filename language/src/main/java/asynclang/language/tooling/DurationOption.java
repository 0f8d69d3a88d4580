package asynclang.language.tooling;

import asynclang.language.parser.Literals;
import asynclang.language.values.AlDuration;

/** A duration given on the command line, written as in a script: {@code 100ms}, {@code 1.5s}. */
public final class DurationOption {

    private DurationOption() {
    }

    public static AlDuration parse(String text) {
        String t = text.strip();
        if (!t.matches("[0-9][0-9_]*(\\.[0-9]+)?(ns|us|ms|s|m|h)")) {
            throw new IllegalArgumentException("not a duration: " + text + " (write it like 100ms or 1.5s)");
        }
        return new AlDuration(Literals.duration(t).nanos());
    }
}
