package org.ppcheck.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Objects;
import org.ppcheck.check.CheckSettings;

/**
 * How {@code ppcheck serve} runs: where it listens, the settings of the checks it starts, who may sign in
 * ({@code users}; null: no sign-in, for a server on the loopback address only), the largest upload,
 * the user a decision is recorded for when no one signs in, and the clock.
 *
 * @param bind       the address to listen on
 * @param port       the port; 0 for any free port
 * @param checks     rules, limits, fetching and archive of the checks started from the app
 * @param users      the users file's users, or null without sign-in
 * @param maxUpload  the largest policy file accepted by "Add vendor", in bytes
 * @param localUser  who decides when no one signs in (the operating system's user)
 * @param clock      the time of decisions and rechecks
 */
public record WebSettings(String bind, int port, CheckSettings checks, Users users, long maxUpload, String localUser,
                          Clock clock) {
    /** The default largest upload: 10 MB, far above any real policy. */
    public static final long DEFAULT_MAX_UPLOAD = 10L * 1024 * 1024;

    public WebSettings {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(checks, "checks");
        Objects.requireNonNull(localUser, "localUser");
        Objects.requireNonNull(clock, "clock");
        String problem = bindProblem(bind, users != null);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Settings for a server on 127.0.0.1 without sign-in (as tests and a single reviewer run it). */
    public static WebSettings local(int port, CheckSettings checks) {
        return new WebSettings("127.0.0.1", port, checks, null, DEFAULT_MAX_UPLOAD, System.getProperty("user.name", "local user"),
                Clock.systemUTC());
    }

    /** The upload limit as people read it: "10 MB", or "4 kB" below a megabyte. */
    public String maxUploadText() {
        return maxUpload >= 1024 * 1024 ? maxUpload / (1024 * 1024) + " MB" : Math.max(1, maxUpload / 1024) + " kB";
    }

    /** These settings with sign-in for these users. */
    public WebSettings withUsers(Users u) {
        return new WebSettings(bind, port, checks, u, maxUpload, localUser, clock);
    }

    /** These settings with another upload limit. */
    public WebSettings withMaxUpload(long bytes) {
        return new WebSettings(bind, port, checks, users, bytes, localUser, clock);
    }

    /**
     * Why the app may not listen on {@code bind}: an address that cannot be resolved, or one other
     * machines reach while no one has to sign in; null when it may.
     */
    public static String bindProblem(String bind, boolean auth) {
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            return "--bind " + bind + ": not an address of this machine; give an IP address such as 127.0.0.1";
        }
        if (!address.isLoopbackAddress() && !auth) {
            return "--bind " + bind + ": other machines could reach the register without signing in; give --auth users.yaml "
                    + "(make it with 'ppcheck users add NAME'), or bind to 127.0.0.1";
        }
        return null;
    }

    /** Whether the app listens on the loopback address only (its cookies are then marked Secure: browsers treat loopback as a secure origin). */
    public boolean loopback() {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
