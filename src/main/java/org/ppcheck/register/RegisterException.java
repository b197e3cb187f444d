package org.ppcheck.register;

/** The register cannot do what was asked; the message says why and what to do, on one line. */
public final class RegisterException extends Exception {
    public RegisterException(String message) {
        super(message);
    }

    public RegisterException(String message, Throwable cause) {
        super(message, cause);
    }
}
