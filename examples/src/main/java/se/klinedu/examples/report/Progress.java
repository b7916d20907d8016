package se.klinedu.examples.report;

import java.io.PrintStream;

/**
 * A spinner on standard error while the report is computed: shown only when standard error is a terminal
 * and only once the work has taken long enough to notice, then erased, so that piped or quick runs see
 * nothing of it.
 */
final class Progress implements AutoCloseable {

    private static final long DELAY_MILLIS = 400;
    private static final long FRAME_MILLIS = 120;
    private static final String FRAMES = "|/-\\";

    private final PrintStream err;
    private final ReportLanguage language;
    private final Thread spinner;
    private volatile String step = "";
    private volatile boolean done;
    private volatile boolean shown;

    private Progress(PrintStream err, ReportLanguage language, boolean enabled) {
        this.err = err;
        this.language = language;
        this.spinner = enabled ? new Thread(this::spin, "klinedu-progress") : null;
        if (spinner != null) {
            spinner.setDaemon(true);
            spinner.start();
        }
    }

    /** {@return a progress that never prints} */
    static Progress none() {
        return new Progress(System.err, null, false);
    }

    /**
     * {@return a spinner on the stream, when the program's console is a terminal}
     *
     * @param err standard error
     * @param language the language the steps are named in
     */
    static Progress onTerminal(PrintStream err, ReportLanguage language) {
        // System.console() is null unless the JVM runs in an interactive terminal (not piped, not in a test)
        return new Progress(err, language, System.console() != null);
    }

    /**
     * Names the step under way.
     *
     * @param key the step's message in the report's language
     * @param args the message's arguments
     */
    void step(String key, Object... args) {
        if (spinner != null) {
            step = language.text(key, args);
        }
    }

    private void spin() {
        try {
            Thread.sleep(DELAY_MILLIS);
            for (int frame = 0; !done; frame++) {
                synchronized (this) {
                    if (done) {
                        return;
                    }
                    err.print("\r" + FRAMES.charAt(frame % FRAMES.length()) + " " + step + "\u2026\u001b[K");
                    err.flush();
                    shown = true;
                }
                Thread.sleep(FRAME_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (done) {
                return;
            }
            done = true;
            if (shown) {
                err.print("\r\u001b[K");
                err.flush();
            }
        }
        if (spinner != null) {
            spinner.interrupt();
        }
    }
}
