package se.klinedu.examples.bench;

/**
 * Does nothing: the bare JVM start that benchmark (d) subtracts.
 */
public final class EmptyMain {

    private EmptyMain() {
    }

    /**
     * Returns at once.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // a bare start
    }
}
