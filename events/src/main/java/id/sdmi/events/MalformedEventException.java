package id.sdmi.events;

/** A record on a topic that no consumer can ever understand: it is skipped, not retried. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }
}
