package org.ppcheck.web;

/**
 * What every page's frame needs: its title, the navigation entry it belongs to, the signed-in user
 * (null when no one signs in), the session's CSRF token for its forms, whether sign-in is on, and,
 * for a progress page, how often it reloads itself (0: never; a meta refresh, so no script is needed).
 */
public record Page(String title, String section, String user, String csrf, boolean auth, int refreshSeconds) {
    /** The same page reloading itself every {@code seconds}. */
    public Page refreshing(int seconds) {
        return new Page(title, section, user, csrf, auth, seconds);
    }
}
