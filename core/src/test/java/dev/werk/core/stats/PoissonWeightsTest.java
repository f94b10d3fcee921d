package dev.werk.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PoissonWeightsTest {
    private static final BigInteger TWO64 = BigInteger.ONE.shiftLeft(64);

    /** The README's recipe, written again with unsigned BigInteger arithmetic. */
    static int reference(long seed, String name, int replicate) {
        BigInteger h = new BigInteger("cbf29ce484222325", 16);
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = h.xor(BigInteger.valueOf(b & 0xff)).multiply(new BigInteger("100000001b3", 16)).mod(TWO64);
        }
        BigInteger k = mix(h.xor(mix(unsigned(seed))));
        BigInteger x = k.add(BigInteger.valueOf(replicate + 1L).multiply(new BigInteger("9e3779b97f4a7c15", 16))).mod(TWO64);
        BigInteger out = mix(x);
        double u = out.shiftRight(11).doubleValue() / Math.pow(2, 53);
        double p = Math.exp(-1);
        double f = p;
        int w = 0;
        while (!(u < f) && w < 20) {
            w++;
            p = p / w;
            f = f + p;
        }
        return w;
    }

    private static BigInteger unsigned(long v) {
        return BigInteger.valueOf(v).mod(TWO64);
    }

    private static BigInteger mix(BigInteger z) {
        z = z.xor(z.shiftRight(30)).multiply(new BigInteger("bf58476d1ce4e5b9", 16)).mod(TWO64);
        z = z.xor(z.shiftRight(27)).multiply(new BigInteger("94d049bb133111eb", 16)).mod(TWO64);
        return z.xor(z.shiftRight(31));
    }

    @Test
    void weightsFollowTheDocumentedRecipe() {
        Random rnd = new Random(11);
        for (int i = 0; i < 3000; i++) {
            long seed = i < 10 ? i : rnd.nextLong();
            String name = i % 7 == 0 ? "call-" + i + "/ü" : Long.toHexString(rnd.nextLong());
            int r = rnd.nextInt(100_000);
            assertEquals(reference(seed, name, r), PoissonWeights.weight(seed, name, r), name + " seed " + seed + " replicate " + r);
        }
    }

    @Test
    void weightsArePoissonOne() {
        long n = 400_000;
        long sum = 0;
        long sq = 0;
        long zeros = 0;
        long stream = PoissonWeights.unitStream(1, "unit");
        for (int r = 0; r < n; r++) {
            int w = PoissonWeights.weight(stream, r);
            sum += w;
            sq += (long) w * w;
            if (w == 0) {
                zeros++;
            }
        }
        double mean = (double) sum / n;
        double var = (double) sq / n - mean * mean;
        assertEquals(1.0, mean, 0.01);
        assertEquals(1.0, var, 0.02);
        assertEquals(Math.exp(-1), (double) zeros / n, 0.003);
        assertTrue(PoissonWeights.weight(stream, 0) >= 0);
    }
}
