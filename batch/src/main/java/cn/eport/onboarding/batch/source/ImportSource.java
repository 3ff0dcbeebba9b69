package cn.eport.onboarding.batch.source;

import java.io.IOException;
import java.io.InputStream;

/**
 * One file a job reads: from the drop folder or from a URL. Opened afresh for each pass (counting
 * the records, reading them, reading them again on restart), so it must be repeatable: a URL
 * source downloads once into a spool file and opens that.
 */
public interface ImportSource {

    /** How an operator knows it: the file's path or the URL, without credentials. */
    String name();

    /** Whether the file is there; a missing file is the run's error to report, not an exception. */
    boolean exists() throws IOException;

    /** The raw bytes, from the start; the caller closes the stream. */
    InputStream open() throws IOException;
}
