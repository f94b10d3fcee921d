package dev.werk.core.fstalign;

/**
 * Which element libstdc++'s {@code std::sort} puts first, for fstalign's
 * {@code sort(best_alignments, a.WER() < b.WER())}. The sort is not stable: among candidates of equal
 * E/N the one it puts first depends on its introsort (median-of-three quicksort down to runs of 16,
 * heapsort past a depth of 2·log₂ n, then insertion sort), reproduced here step by step on the keys.
 * Of at most 16 keys it is an insertion sort, which keeps the first of equals.
 */
final class LibstdcxxSort {
    private static final int THRESHOLD = 16;

    private LibstdcxxSort() {
    }

    /** The index, in {@code keys}, of the element {@code std::sort} with {@code <} puts first. */
    static int first(float[] keys) {
        int n = keys.length;
        float[] k = keys.clone();
        int[] ix = new int[n];
        for (int i = 0; i < n; i++) {
            ix[i] = i;
        }
        if (n > 0) {
            introsortLoop(k, ix, 0, n, 2 * lg(n));
            finalInsertionSort(k, ix, 0, n);
        }
        return ix[0];
    }

    private static int lg(int n) {
        return 31 - Integer.numberOfLeadingZeros(n);
    }

    private static void swap(float[] k, int[] ix, int a, int b) {
        float t = k[a];
        k[a] = k[b];
        k[b] = t;
        int u = ix[a];
        ix[a] = ix[b];
        ix[b] = u;
    }

    private static void introsortLoop(float[] k, int[] ix, int first, int last, int depth) {
        while (last - first > THRESHOLD) {
            if (depth == 0) {
                heapSort(k, ix, first, last);
                return;
            }
            depth--;
            int cut = partitionPivot(k, ix, first, last);
            introsortLoop(k, ix, cut, last, depth);
            last = cut;
        }
    }

    private static int partitionPivot(float[] k, int[] ix, int first, int last) {
        int mid = first + (last - first) / 2;
        moveMedianToFirst(k, ix, first, first + 1, mid, last - 1);
        return unguardedPartition(k, ix, first + 1, last, first);
    }

    private static void moveMedianToFirst(float[] k, int[] ix, int result, int a, int b, int c) {
        if (k[a] < k[b]) {
            if (k[b] < k[c]) {
                swap(k, ix, result, b);
            } else if (k[a] < k[c]) {
                swap(k, ix, result, c);
            } else {
                swap(k, ix, result, a);
            }
        } else if (k[a] < k[c]) {
            swap(k, ix, result, a);
        } else if (k[b] < k[c]) {
            swap(k, ix, result, c);
        } else {
            swap(k, ix, result, b);
        }
    }

    private static int unguardedPartition(float[] k, int[] ix, int first, int last, int pivot) {
        while (true) {
            while (k[first] < k[pivot]) {
                first++;
            }
            last--;
            while (k[pivot] < k[last]) {
                last--;
            }
            if (!(first < last)) {
                return first;
            }
            swap(k, ix, first, last);
            first++;
        }
    }

    private static void finalInsertionSort(float[] k, int[] ix, int first, int last) {
        if (last - first > THRESHOLD) {
            insertionSort(k, ix, first, first + THRESHOLD);
            for (int i = first + THRESHOLD; i < last; i++) {
                unguardedLinearInsert(k, ix, i);
            }
        } else {
            insertionSort(k, ix, first, last);
        }
    }

    private static void insertionSort(float[] k, int[] ix, int first, int last) {
        if (first == last) {
            return;
        }
        for (int i = first + 1; i < last; i++) {
            if (k[i] < k[first]) {
                float v = k[i];
                int w = ix[i];
                System.arraycopy(k, first, k, first + 1, i - first);
                System.arraycopy(ix, first, ix, first + 1, i - first);
                k[first] = v;
                ix[first] = w;
            } else {
                unguardedLinearInsert(k, ix, i);
            }
        }
    }

    private static void unguardedLinearInsert(float[] k, int[] ix, int last) {
        float v = k[last];
        int w = ix[last];
        int next = last - 1;
        while (v < k[next]) {
            k[last] = k[next];
            ix[last] = ix[next];
            last = next;
            next--;
        }
        k[last] = v;
        ix[last] = w;
    }

    // ---- std::__partial_sort(first, last, last): make_heap, then sort_heap

    private static void heapSort(float[] k, int[] ix, int first, int last) {
        int len = last - first;
        if (len >= 2) {
            for (int parent = (len - 2) / 2; ; parent--) {
                adjustHeap(k, ix, first, parent, len, k[first + parent], ix[first + parent]);
                if (parent == 0) {
                    break;
                }
            }
        }
        while (last - first > 1) {
            last--;
            float v = k[last];
            int w = ix[last];
            k[last] = k[first];
            ix[last] = ix[first];
            adjustHeap(k, ix, first, 0, last - first, v, w);
        }
    }

    private static void adjustHeap(float[] k, int[] ix, int first, int hole, int len, float v, int w) {
        int top = hole;
        int child = hole;
        while (child < (len - 1) / 2) {
            child = 2 * (child + 1);
            if (k[first + child] < k[first + child - 1]) {
                child--;
            }
            k[first + hole] = k[first + child];
            ix[first + hole] = ix[first + child];
            hole = child;
        }
        if ((len & 1) == 0 && child == (len - 2) / 2) {
            child = 2 * (child + 1);
            k[first + hole] = k[first + child - 1];
            ix[first + hole] = ix[first + child - 1];
            hole = child - 1;
        }
        // push_heap
        int parent = (hole - 1) / 2;
        while (hole > top && k[first + parent] < v) {
            k[first + hole] = k[first + parent];
            ix[first + hole] = ix[first + parent];
            hole = parent;
            parent = (hole - 1) / 2;
        }
        k[first + hole] = v;
        ix[first + hole] = w;
    }
}
