package org.ppcheck.extract;

/** An input that cannot be read as a policy: empty, binary, encrypted, corrupt or missing. */
public class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
