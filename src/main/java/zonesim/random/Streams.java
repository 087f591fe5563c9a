package zonesim.random;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * Random stream derivation (SPEC 4.9). Every random process draws from its own stream,
 * identified by (master seed, element path, process name, replication index) and never
 * by creation order: the four parts are hashed and mixed with the SplitMix64 finaliser
 * (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014)
 * into the 64-bit seed of a SplittableRandom generator (SplitMix64, the same paper; passes
 * BigCrush, and the fastest JDK generator for the one-draw-per-event loop). Adding an
 * element therefore leaves every other element's stream, and so its failure history,
 * unchanged, and two configurations of a scenario share the streams of common elements.
 */
public final class Streams {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    /** FNV hashes of the element and process names seen, so each replication's streams cost no string work. */
    private static final ConcurrentHashMap<String, Long> HASHES = new ConcurrentHashMap<>();

    private Streams() { }

    /** The 64-bit seed of the stream for one process in one replication. */
    public static long seed(long masterSeed, String elementPath, String process, int replication) {
        return seed(family(masterSeed, elementPath, process), replication);
    }

    /** The part of a stream's seed that does not depend on the replication (see {@link StreamFamily}). */
    static long family(long masterSeed, String elementPath, String process) {
        long h = mix(masterSeed ^ GOLDEN);
        h = mix(h ^ HASHES.computeIfAbsent(elementPath, Streams::hash));
        return mix((h + GOLDEN) ^ HASHES.computeIfAbsent(process, Streams::hash));
    }

    /** The seed of replication {@code replication}'s stream in the family {@code family}. */
    static long seed(long family, int replication) {
        return mix(family + (replication + 1L) * GOLDEN);
    }

    /** A fresh generator for that stream. */
    public static RandomGenerator stream(long masterSeed, String elementPath, String process, int replication) {
        return new SplittableRandom(seed(masterSeed, elementPath, process, replication));
    }

    /** SplitMix64 finaliser: a bijective 64-bit mix with full avalanche. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** 64-bit FNV-1a over the UTF-8 bytes of {@code s}, then mixed; stable across JVMs. */
    static long hash(String s) {
        long h = 0xCBF29CE484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001B3L;
        }
        return mix(h);
    }
}
