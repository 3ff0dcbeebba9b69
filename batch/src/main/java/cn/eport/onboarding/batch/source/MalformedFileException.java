package cn.eport.onboarding.batch.source;

/** A file that cannot be read on from a line (an unclosed quote, a broken XML element): the run fails with this message. */
public class MalformedFileException extends RuntimeException {

    private final String sourceName;
    private final long line;

    public MalformedFileException(String sourceName, long line, String detail, Throwable cause) {
        super(sourceName + " line " + line + ": cannot be read on from here (" + detail + ")", cause);
        this.sourceName = sourceName;
        this.line = line;
    }

    public String sourceName() {
        return sourceName;
    }

    public long line() {
        return line;
    }
}
