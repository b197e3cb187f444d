package org.ppcheck.extract;

/**
 * An input that cannot be read as a policy: empty, binary, encrypted, corrupt or missing. The
 * message is always one line, even when it quotes a library's message that spans several.
 */
public class InputException extends Exception {
    public InputException(String message) {
        super(oneLine(message));
    }

    public InputException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /** The text with every run of line breaks and other white space made one space. */
    public static String oneLine(String text) {
        return text == null ? null : text.replaceAll("\\s+", " ").strip();
    }
}
