package asynclang.stdlib.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import asynclang.language.values.AlList;
import asynclang.language.values.AlMap;
import asynclang.language.values.Nil;

class JsonWriterTest {

    @Test
    void scalars() {
        assertEquals("null", JsonWriter.write(Nil.NIL, 0));
        assertEquals("[true,false,0,-5,2.0,0.1,1e+21,-0.0]", JsonWriter.write(AlList.of(true, false, 0L, -5L, 2.0, 0.1, 1e21, -0.0), 0));
    }

    /** Floats are written in the language's own form, which is valid JSON. */
    @Test
    void floatsAsTheLanguageWritesThem() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double d = switch (i % 3) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(-5, 9)) * (random.nextBoolean() ? 1 : -1);
                default -> random.nextLong(-20_000_000, 20_000_000) / (double) (1 << random.nextInt(0, 24));
            };
            if (!Double.isNaN(d) && !Double.isInfinite(d)) {
                assertEquals(asynclang.language.values.Formatter.formatFloat(d), JsonWriter.write(d, 0));
            }
        }
        assertEquals("[0.001,10000000.0,9999999.999999998,0.0001,1e-7,1e+21]", JsonWriter.write(AlList.of(0.001, 1e7, 9999999.999999998, 1e-4, 1e-7, 1e21), 0));
    }

    @Test
    void escapes() {
        assertEquals("\"\\\"\\\\\\b\\f\\n\\r\\t\\u0000\\u001f\u007f\u00e9\ud83d\ude00\"", JsonWriter.write("\"\\\b\f\n\r\t\u0000\u001f\u007f\u00e9\ud83d\ude00", 0));
        // Lone surrogates, which only a host can make, are escaped so the text stays valid.
        assertEquals("\"\\ud800x\\udc00\"", JsonWriter.write("\ud800x\udc00", 0));
    }

    @Test
    void indentation() {
        AlMap m = new AlMap();
        m.put("a", AlList.of(1L, new AlList(), new AlMap()));
        m.put("b", Nil.NIL);
        assertEquals("{\n   \"a\": [\n      1,\n      [],\n      {}\n   ],\n   \"b\": null\n}", JsonWriter.write(m, 3));
        assertEquals("{\"a\":[1,[],{}],\"b\":null}", JsonWriter.write(m, 0));
    }

    @Test
    void refusals() {
        AlList self = AlList.of(1L);
        self.add(self);
        assertEquals("cannot convert a value that contains itself to JSON", assertThrows(JsonError.class, () -> JsonWriter.write(self, 0)).getMessage());
        AlMap intKey = new AlMap();
        intKey.put(1L, 1L);
        assertEquals("cannot convert a map with a key of type int to JSON", assertThrows(JsonError.class, () -> JsonWriter.write(intKey, 2)).getMessage());
        assertEquals("cannot convert NaN to JSON", assertThrows(JsonError.class, () -> JsonWriter.write(Double.NaN, 0)).getMessage());
        // A huge indent is refused before it is written.
        assertEquals("cannot convert to JSON: the text would be longer than 536870912 characters",
                        assertThrows(JsonError.class, () -> JsonWriter.write(AlList.of(1L), Long.MAX_VALUE)).getMessage());
        assertEquals("[1]", JsonWriter.write(AlList.of(1L), 0));
        assertEquals("1", JsonWriter.write(1L, Long.MAX_VALUE));
    }
}
