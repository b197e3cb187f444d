package org.ppcheck.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.ppcheck.check.Checker;
import org.ppcheck.register.Recheck;
import org.ppcheck.register.Register;
import org.ppcheck.register.RegisteredVendor;

/**
 * The checks the app starts (a vendor just added), one at a time on a thread of their own, each
 * recorded in the register as {@code ppcheck recheck} records it; a job's state is kept for its
 * progress page.
 */
public final class BackgroundChecks implements AutoCloseable {
    /** A job's state: running, or done with the recheck's words for its outcome. */
    public record Job(String id, String vendor, boolean done, boolean failed, String result) { }

    private final Checker checker;
    private final Register register;
    private final WebSettings settings;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ppcheck-web-check");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    BackgroundChecks(WebSettings settings, Register register) {
        this.settings = settings;
        this.register = register;
        this.checker = new Checker(settings.checks());
    }

    /** The checker of the app's settings (shared: it is safe for many threads). */
    Checker checker() {
        return checker;
    }

    /** Starts checking a vendor; the job's id. */
    String start(RegisteredVendor v) {
        byte[] b = new byte[12];
        random.nextBytes(b);
        String id = HexFormat.of().formatHex(b);
        jobs.put(id, new Job(id, v.name(), false, false, "waiting"));
        executor.submit(() -> {
            jobs.put(id, new Job(id, v.name(), false, false, "checking"));
            try {
                List<Recheck.Outcome> outcomes = new Recheck(checker, register, null, settings.clock()).run(List.of(v), false, o -> { });
                Recheck.Outcome o = outcomes.get(0);
                jobs.put(id, new Job(id, v.name(), true, o.failed(), o.result()));
            } catch (Exception e) {
                jobs.put(id, new Job(id, v.name(), true, true, "not recorded: " + e.getMessage()));
            }
        });
        return id;
    }

    /** The job of this id, or null. */
    Job job(String id) {
        return jobs.get(id);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
