package asynclang.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import asynclang.language.values.ListItems;

/** A list's own storage behaves as ArrayList does, whatever the mix of operations. */
class ListItemsTest {

    @Test
    void randomOperationsMatchArrayList() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            List<Object> expected = new ArrayList<>();
            ListItems items = round % 2 == 0 ? new ListItems() : ListItems.owning(new Object[]{"a", "b"});
            if (round % 2 == 1) {
                expected.add("a");
                expected.add("b");
            }
            for (int step = random.nextInt(200); step > 0; step--) {
                long v = random.nextInt(1000);
                switch (random.nextInt(6)) {
                    case 0, 1 -> {
                        expected.add(v);
                        items.add(v);
                    }
                    case 2 -> {
                        int at = random.nextInt(expected.size() + 1);
                        expected.add(at, v);
                        items.add(at, v);
                    }
                    case 3 -> {
                        if (!expected.isEmpty()) {
                            int at = random.nextInt(expected.size());
                            assertEquals(expected.remove(at), items.remove(at));
                        }
                    }
                    case 4 -> {
                        if (!expected.isEmpty()) {
                            int at = random.nextInt(expected.size());
                            assertEquals(expected.set(at, v), items.set(at, v));
                        }
                    }
                    default -> {
                        int from = random.nextInt(expected.size() + 1);
                        int to = from + random.nextInt(expected.size() - from + 1);
                        assertEquals(expected.subList(from, to), items.copyOfRange(from, to));
                    }
                }
                assertEquals(expected, items);
            }
            assertArrayEquals(expected.toArray(), items.toArray());
        }
    }

    @Test
    void indicesOutsideTheListAreRefused() {
        ListItems items = ListItems.owning(new Object[]{1L, 2L});
        assertThrows(IndexOutOfBoundsException.class, () -> items.get(2));
        assertThrows(IndexOutOfBoundsException.class, () -> items.get(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> items.set(2, 0L));
        assertThrows(IndexOutOfBoundsException.class, () -> items.add(3, 0L));
        assertThrows(IndexOutOfBoundsException.class, () -> items.remove(2));
    }

    @Test
    void sortAndClear() {
        ListItems items = ListItems.owning(new Object[]{3L, 1L, 2L});
        items.sort(Comparator.comparingLong(o -> (Long) o));
        assertEquals(List.of(1L, 2L, 3L), items);
        items.clear();
        assertEquals(0, items.size());
        items.add(5L);
        assertEquals(List.of(5L), items);
    }
}
