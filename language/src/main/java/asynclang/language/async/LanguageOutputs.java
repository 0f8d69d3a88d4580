package asynclang.language.async;


import asynclang.language.values.AlDuration;
import asynclang.language.values.AlError;
import asynclang.language.values.AlList;
import asynclang.language.values.AlMap;
import asynclang.language.values.ListItems;
import asynclang.language.values.Nil;
import asynclang.runtime.future.Outputs;

/** The language's values for what the runtime's futures produce. */
public final class LanguageOutputs implements Outputs {

    public static final LanguageOutputs INSTANCE = new LanguageOutputs();

    private LanguageOutputs() {
    }

    @Override
    public Object unit() {
        return Nil.NIL;
    }

    @Override
    public Object list(Object[] outputs) {
        return new AlList(ListItems.owning(outputs.clone()));
    }

    @Override
    public Object selected(int index, Object output) {
        AlMap out = new AlMap();
        out.put("index", (long) index);
        out.put("value", output);
        return out;
    }

    @Override
    public Object timedOut(long nanos) {
        return new AlError("timeout after " + durationText(nanos));
    }

    @Override
    public String durationText(long nanos) {
        return new AlDuration(nanos).toString();
    }
}
