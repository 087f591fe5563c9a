package zonesim.scenario;

/**
 * Bounds on what a scenario file may ask of the loader, so that no input, however odd, can
 * make it run for long, exhaust memory or overflow the stack. Each is far above what a real
 * scenario needs (the reference scenario is 9 KB, about 400 nodes, nested 8 deep) and is
 * reported as a one-line problem when exceeded.
 */
final class Limits {
    /** Largest scenario file, in bytes (and characters, for text given directly). */
    static final int MAX_BYTES = 1 << 20;
    /** Deepest nesting of mappings and lists, in the text and through aliases. */
    static final int MAX_DEPTH = 64;
    /** Most nodes in the document with every alias expanded (an alias bomb stops here). */
    static final int MAX_NODES = 500_000;
    /** Most aliases to mappings and lists (snakeyaml-engine's own guard against alias bombs). */
    static final int MAX_COLLECTION_ALIASES = 50;
    /** Longest mapping key, in characters. */
    static final int MAX_KEY_LENGTH = 200;
    /** Most configurations besides the baseline. */
    static final int MAX_CONFIGURATIONS = 100;

    private Limits() { }
}
