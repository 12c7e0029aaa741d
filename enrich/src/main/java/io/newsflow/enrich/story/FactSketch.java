package io.newsflow.enrich.story;

import java.util.Arrays;

/**
 * The names or the numbers of a body, kept as a bottom-k sketch: the smallest 16-bit hashes of the distinct
 * facts (sorted) and how many distinct facts there were. Two sketches decide exactly which of their facts
 * lie below the larger of their two thresholds, which is every fact while a body has no more than the
 * sketch holds (a wire story of 900 words has about 13 distinct numbers and 100 names).
 *
 * @param smallest the smallest hashes, ascending, each in 0..65535
 * @param distinct distinct facts of the body (at least {@code smallest.length})
 */
public record FactSketch(int[] smallest, int distinct) {
    public static final FactSketch EMPTY = new FactSketch(new int[0], 0);

    public FactSketch {
        if (distinct < smallest.length) {
            throw new IllegalArgumentException("a sketch of " + smallest.length + " facts cannot count " + distinct);
        }
    }

    /** Whether the sketch holds every fact of its body, so comparisons with it are exact. */
    public boolean complete() {
        return distinct == smallest.length;
    }

    /**
     * The facts each side has and the other lacks, seen in the part of both sketches where they are
     * comparable: up to the smaller of the two largest kept hashes of a full sketch. A count is a lower
     * bound of the true count when a sketch was full.
     */
    Exclusive exclusive(FactSketch other) {
        int limit = Math.min(complete() ? Integer.MAX_VALUE : lastOrMinus(), other.complete() ? Integer.MAX_VALUE : other.lastOrMinus());
        int[] a = smallest;
        int[] b = other.smallest;
        int i = 0;
        int j = 0;
        int onlyA = 0;
        int onlyB = 0;
        while (i < a.length && j < b.length && a[i] <= limit && b[j] <= limit) {
            if (a[i] == b[j]) {
                i++;
                j++;
            } else if (a[i] < b[j]) {
                onlyA++;
                i++;
            } else {
                onlyB++;
                j++;
            }
        }
        while (i < a.length && a[i] <= limit) {
            onlyA++;
            i++;
        }
        while (j < b.length && b[j] <= limit) {
            onlyB++;
            j++;
        }
        return new Exclusive(onlyA, onlyB);
    }

    private int lastOrMinus() {
        return smallest.length == 0 ? -1 : smallest[smallest.length - 1];
    }

    /** Facts found on one side only. */
    record Exclusive(int first, int second) {
        int fewer() {
            return Math.min(first, second);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactSketch other && distinct == other.distinct && Arrays.equals(smallest, other.smallest);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(smallest) + distinct;
    }

    @Override
    public String toString() {
        return "FactSketch(" + smallest.length + " of " + distinct + ")";
    }
}
