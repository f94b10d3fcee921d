package dev.werk.core.stats;

import java.nio.charset.StandardCharsets;

/**
 * The weights of werk's Poisson bootstrap: the weight of a unit (item, utterance or block) in a
 * replicate is a Poisson(1) draw that depends only on the seed, the unit's name and the replicate
 * number. No draw depends on the order of the units or on which other units exist, so any split of
 * the data (threads, Spark partitions) gives the same replicates.
 *
 * <p>The exact recipe, so another implementation can reproduce it bit for bit:
 * <ol>
 *   <li>{@code name64} = 64-bit FNV-1a of the unit name's UTF-8 bytes (offset basis
 *       {@code 0xcbf29ce484222325}, prime {@code 0x100000001b3}).</li>
 *   <li>{@code k} = mix({@code name64} XOR mix({@code seed})), where mix is SplitMix64's finaliser:
 *       {@code z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9; z = (z ^ (z >>> 27)) * 0x94d049bb133111eb;
 *       z ^ (z >>> 31)} (unsigned 64-bit arithmetic, wrapping).</li>
 *   <li>The draw of replicate r (0-based) is {@code h} = mix({@code k + (r + 1) * 0x9e3779b97f4a7c15}),
 *       i.e. the (r+1)-th output of a SplitMix64 stream started at {@code k}.</li>
 *   <li>{@code u = (h >>> 11) * 2^-53}, uniform in [0, 1).</li>
 *   <li>The weight is the smallest w with {@code u < F(w)}, where F is Poisson(1)'s distribution
 *       function computed in IEEE double arithmetic as {@code p(0) = exp(-1), F(0) = p(0)},
 *       {@code p(w) = p(w-1) / w, F(w) = F(w-1) + p(w)}; if u is not below F(20), the weight is 20.</li>
 * </ol>
 */
public final class PoissonWeights {
    /** The largest weight a unit can get (F(20) is 1 in double arithmetic). */
    public static final int MAX_WEIGHT = 20;

    private static final double[] CDF = new double[MAX_WEIGHT + 1];

    static {
        double p = Math.exp(-1);
        double f = p;
        CDF[0] = f;
        for (int w = 1; w <= MAX_WEIGHT; w++) {
            p = p / w;
            f = f + p;
            CDF[w] = f;
        }
    }

    private PoissonWeights() {
    }

    /** FNV-1a (64 bits) of the name's UTF-8 bytes. */
    public static long nameHash(String unitName) {
        long h = 0xcbf29ce484222325L;
        for (byte b : unitName.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The start of the unit's SplitMix64 stream for this seed (step 2). */
    public static long unitStream(long seed, String unitName) {
        return mix(nameHash(unitName) ^ mix(seed));
    }

    /** The weight of replicate {@code replicate} for a unit whose stream starts at {@code stream}. */
    public static int weight(long stream, int replicate) {
        long h = mix(stream + (replicate + 1L) * 0x9e3779b97f4a7c15L);
        double u = (h >>> 11) * 0x1.0p-53;
        for (int w = 0; w < MAX_WEIGHT; w++) {
            if (u < CDF[w]) {
                return w;
            }
        }
        return MAX_WEIGHT;
    }

    /** The weight of a unit in a replicate: {@code weight(unitStream(seed, unitName), replicate)}. */
    public static int weight(long seed, String unitName, int replicate) {
        return weight(unitStream(seed, unitName), replicate);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
