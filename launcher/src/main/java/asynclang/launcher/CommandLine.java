package asynclang.launcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the {@code asynclang} command was asked to do, read from its arguments. Options come
 * first; the first argument that is not an option is the script, and the rest are the
 * script's. Options the launcher does not know, {@code --NAME[=VALUE]}, are polyglot options
 * (engine, compiler, language and instrument options such as {@code --cpusampler}), as in
 * every GraalVM launcher; the engine checks their names and values. {@code --} ends the options.
 */
final class CommandLine {

    /** Where the program comes from. */
    enum Mode {
        FILE, CODE, STDIN, REPL, HELP, VERSION
    }

    /** A command line that cannot be run; the message is the one line to print. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean showUsage;

        Invalid(String message, boolean showUsage) {
            super(message, null, false, false);
            this.showUsage = showUsage;
        }
    }

    Mode mode;
    /** The file name ({@link Mode#FILE}) or the code ({@link Mode#CODE}). */
    String script;
    String[] scriptArguments = new String[0];
    boolean interactive;
    /** Polyglot options, by name, in the order given. */
    final Map<String, String> options = new LinkedHashMap<>();
    final List<String> experimental = new ArrayList<>();

    /** Reads {@code args}; {@code terminal} tells whether standard input is a terminal. */
    static CommandLine parse(String[] args, boolean terminal) throws Invalid {
        CommandLine c = new CommandLine();
        int i = 0;
        for (; i < args.length && args[i].startsWith("-") && c.mode == null; i++) {
            String a = args[i];
            if (a.equals("--")) {
                i++;
                break;
            }
            switch (a) {
                case "--help", "-h" -> c.mode = Mode.HELP;
                case "--version" -> c.mode = Mode.VERSION;
                case "-" -> c.mode = Mode.STDIN;
                case "-e", "--eval" -> {
                    if (i + 1 >= args.length) {
                        throw new Invalid(a + " needs the code to run, e.g. asynclang -e 'println(1 + 2);'", false);
                    }
                    c.mode = Mode.CODE;
                    c.script = args[++i];
                }
                case "-i", "--interactive" -> c.interactive = true;
                case "--virtual-time" -> c.options.put("asynclang.VirtualTime", "true");
                case "--explain" -> c.options.put("asynclang.Explain", "true");
                case "--trace" -> c.options.put("asynclang.Trace", "all");
                case "--experimental-options" -> c.experimental.add(a);
                default -> c.option(a);
            }
        }
        if (c.mode == null) {
            if (i < args.length) {
                c.mode = Mode.FILE;
                c.script = args[i++];
            } else {
                c.mode = c.interactive || terminal ? Mode.REPL : Mode.STDIN;
            }
        }
        if (c.interactive && c.mode != Mode.REPL) {
            throw new Invalid("-i starts the REPL; it takes no script", true);
        }
        c.scriptArguments = Arrays.copyOfRange(args, i, args.length);
        return c;
    }

    private void option(String a) throws Invalid {
        if (a.startsWith("--vm.")) {
            throw new Invalid(a + " is a Java VM option: give it to the asynclang command, before the script", false);
        }
        if (a.startsWith("--virtual-time=") || a.startsWith("--explain=")) {
            // Flags that are also written with a value, as GraalVM's boolean options are.
            String flag = a.substring(0, a.indexOf('='));
            String value = a.substring(flag.length() + 1);
            if (!value.equals("true") && !value.equals("false")) {
                throw new Invalid(flag + " takes true or false, got `" + value + "`", false);
            }
            options.put(flag.equals("--explain") ? "asynclang.Explain" : "asynclang.VirtualTime", value);
        } else if (a.startsWith("--trace=")) {
            options.put("asynclang.Trace", a.substring("--trace=".length()));
        } else if (a.startsWith("--warn-blocking=")) {
            String d = a.substring("--warn-blocking=".length());
            if (!d.matches("[0-9][0-9_]*(\\.[0-9]+)?(ns|us|ms|s|m|h)")) {
                throw new Invalid("--warn-blocking needs a duration such as 100ms or 1.5s, got `" + d + "`", false);
            }
            options.put("asynclang.WarnBlocking", d);
        } else if (a.startsWith("--") && a.length() > 2 && Character.isLetter(a.charAt(2))) {
            String option = a.substring(2);
            int eq = option.indexOf('=');
            options.put(eq < 0 ? option : option.substring(0, eq), eq < 0 ? "true" : option.substring(eq + 1));
        } else {
            throw new Invalid("unknown option " + a, true);
        }
    }
}
