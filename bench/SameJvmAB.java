import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two builds of werk-core side by side in one JVM, each in its own class loader, timed in
 * alternating rounds after a warm-up: on a shared machine whose speed drifts by a third from one
 * minute to the next, this compares kernels far more tightly than two JMH forks run one after the
 * other. Any jar holding the core classes works (werk-core, werk-bench or werk.jar).
 *
 * <pre>
 * java bench/SameJvmAB.java BEFORE.jar AFTER.jar align levenshtein|sclite REF.txt HYP.txt [ROUNDS]
 * java bench/SameJvmAB.java BEFORE.jar AFTER.jar tokenise FILE... [ROUNDS]
 * </pre>
 * align: Aligner.align over each line pair, pre-tokenised; tokenise: Vocabulary.words over each
 * line. Prints each side's minimum and median and the median ratio after/before.
 */
public class SameJvmAB {
    interface Job {
        long run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        String mode = args[2];
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(3, args.length));
        int rounds = rest.get(rest.size() - 1).matches("\\d+") ? Integer.parseInt(rest.remove(rest.size() - 1)) : 30;
        Job before = job(args[0], mode, rest);
        Job after = job(args[1], mode, rest);
        for (int w = 0; w < 20; w++) {
            before.run();
            after.run();
        }
        long[] tb = new long[rounds];
        long[] ta = new long[rounds];
        for (int k = 0; k < rounds; k++) {
            if (k % 2 == 0) {
                tb[k] = before.run();
                ta[k] = after.run();
            } else {
                ta[k] = after.run();
                tb[k] = before.run();
            }
        }
        Arrays.sort(tb);
        Arrays.sort(ta);
        System.out.printf("%s %s: before min %.2f median %.2f ms | after min %.2f median %.2f ms | after/before %.3f (medians, %d rounds)%n",
                mode, String.join(" ", rest), tb[0] / 1e6, tb[rounds / 2] / 1e6, ta[0] / 1e6, ta[rounds / 2] / 1e6,
                (double) ta[rounds / 2] / tb[rounds / 2], rounds);
    }

    private static Class<?> loadEither(ClassLoader cl, String name, String older) throws ClassNotFoundException {
        try {
            return cl.loadClass(name);
        } catch (ClassNotFoundException e) {
            return cl.loadClass(older);
        }
    }

    private static Job job(String jar, String mode, List<String> args) throws Exception {
        ClassLoader cl = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, null);
        // The interner is package-private since the evaluation model (dev.werk.core, before: .align).
        Class<?> vocabulary = loadEither(cl, "dev.werk.core.Vocabulary", "dev.werk.core.align.Vocabulary");
        Method words = vocabulary.getMethod("words", byte[].class, int.class, int.class);
        words.setAccessible(true);
        if (mode.equals("tokenise")) {
            List<byte[]> lines = new ArrayList<>();
            for (String f : args) {
                for (String l : Files.readAllLines(Path.of(f))) {
                    lines.add(l.getBytes(StandardCharsets.UTF_8));
                }
            }
            return () -> {
                java.lang.reflect.Constructor<?> make = vocabulary.getDeclaredConstructor();
                make.setAccessible(true);
                Object v = make.newInstance();
                long t0 = System.nanoTime();
                for (byte[] b : lines) {
                    words.invoke(v, b, 0, b.length);
                }
                return System.nanoTime() - t0;
            };
        }
        Class<?> costModel = cl.loadClass("dev.werk.core.align.CostModel");
        Class<?> alignerType = cl.loadClass("dev.werk.core.align.Aligner");
        Object aligner = alignerType.getMethod("create", costModel)
                .invoke(null, costModel.getMethod("fromId", String.class).invoke(null, args.get(0)));
        Method align = alignerType.getMethod("align", int[].class, int[].class);
        List<String> ref = Files.readAllLines(Path.of(args.get(1)));
        List<String> hyp = Files.readAllLines(Path.of(args.get(2)));
        java.lang.reflect.Constructor<?> make = vocabulary.getDeclaredConstructor();
        make.setAccessible(true);
        Object v = make.newInstance();
        int[][] r = new int[ref.size()][];
        int[][] h = new int[ref.size()][];
        for (int k = 0; k < r.length; k++) {
            byte[] a = ref.get(k).getBytes(StandardCharsets.UTF_8);
            byte[] b = hyp.get(k).getBytes(StandardCharsets.UTF_8);
            r[k] = (int[]) words.invoke(v, a, 0, a.length);
            h[k] = (int[]) words.invoke(v, b, 0, b.length);
        }
        return () -> {
            long t0 = System.nanoTime();
            for (int k = 0; k < r.length; k++) {
                align.invoke(aligner, r[k], h[k]);
            }
            return System.nanoTime() - t0;
        };
    }
}
