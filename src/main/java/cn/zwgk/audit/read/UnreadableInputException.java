package cn.zwgk.audit.read;

/** The file cannot be turned into text. The message is a Chinese sentence a clerk can act on. */
public class UnreadableInputException extends Exception {
    public UnreadableInputException(String message) {
        super(message);
    }

    public UnreadableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
