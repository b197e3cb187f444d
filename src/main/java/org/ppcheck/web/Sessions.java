package org.ppcheck.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The app's sessions, in memory: a random id in a cookie ({@code HttpOnly}, {@code SameSite=Strict},
 * {@code Secure} where the browser reached the app over https or on the loopback address, which
 * browsers treat as a secure origin), the CSRF token every form carries, and the signed-in user. A
 * session idle for 8 hours ends; so do all at a restart, which only means signing in again.
 */
final class Sessions {
    static final String COOKIE = "ppcheck_session";
    private static final Duration IDLE = Duration.ofHours(8);
    private static final int MAX_SESSIONS = 10_000;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    /** One browser's session: its id, its CSRF token and who signed in (null: no one). */
    record Session(String id, String csrf, String user, Instant lastSeen) {
        /** Whether {@code token} is this session's CSRF token (compared in constant time). */
        boolean csrfMatches(String token) {
            return token != null && MessageDigest.isEqual(csrf.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** The live session of this id, touched; null when there is none or it expired. */
    Session find(String id, Instant now) {
        Session s = id == null ? null : sessions.get(id);
        if (s == null) {
            return null;
        }
        if (s.lastSeen().plus(IDLE).isBefore(now)) {
            sessions.remove(id);
            return null;
        }
        Session touched = new Session(s.id(), s.csrf(), s.user(), now);
        sessions.put(id, touched);
        return touched;
    }

    /** A new session without a user. */
    Session create(Instant now) {
        if (sessions.size() >= MAX_SESSIONS) {
            sessions.values().removeIf(s -> s.lastSeen().plus(IDLE).isBefore(now));
        }
        Session s = new Session(token(), token(), null, now);
        sessions.put(s.id(), s);
        return s;
    }

    /** Signs {@code user} in: a new id and token (the old ones could have been planted), the old session ended. */
    Session signIn(Session old, String user, Instant now) {
        sessions.remove(old.id());
        Session s = new Session(token(), token(), user, now);
        sessions.put(s.id(), s);
        return s;
    }

    /** Ends a session. */
    void end(Session s) {
        sessions.remove(s.id());
    }

    /** The Set-Cookie value for a session. */
    static String cookie(Session s, boolean secure) {
        return COOKIE + "=" + s.id() + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    private String token() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
