package asynclang.stdlib.collections;

import java.util.Comparator;

/**
 * A stable merge sort that accepts any comparator. The JDK's sorts detect comparators that
 * contradict themselves and throw; a script's comparator may well do that ({@code |a, b| 1}),
 * and the language must sort anyway (into some order) rather than fail with a Java error.
 */
final class MergeSort {

    private MergeSort() {
    }

    static void sort(Object[] a, Comparator<Object> order) {
        Object[] buffer = new Object[a.length];
        for (int width = 1; width < a.length; width *= 2) {
            for (int lo = 0; lo < a.length - width; lo += 2 * width) {
                merge(a, buffer, lo, lo + width, Math.min(lo + 2 * width, a.length), order);
            }
        }
    }

    private static void merge(Object[] a, Object[] buffer, int lo, int mid, int hi, Comparator<Object> order) {
        System.arraycopy(a, lo, buffer, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (i < mid && (j >= hi || order.compare(buffer[j], buffer[i]) >= 0)) {
                a[k] = buffer[i++];
            } else {
                a[k] = buffer[j++];
            }
        }
    }
}
