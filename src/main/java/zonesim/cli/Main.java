package zonesim.cli;

/** Entry point placeholder. */
public final class Main {
    private Main() { }

    /** Runs the command line. */
    public static void main(String[] args) {
        System.out.println("zonesim");
    }
}
