package cn.eport.onboarding.batch.run;

import cn.eport.onboarding.batch.source.MalformedFileException;
import cn.eport.onboarding.batch.source.RecordStream;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;

/**
 * What the chunk readers of both jobs share: a {@link RecordStream} read one record at a time, a
 * checkpoint that is the number of records done (a restart passes over them), the test hook
 * {@link ReadDelay} after each record, and failures whose message becomes the job's exit status.
 * A subclass opens its stream in {@link #open} and hands it to {@link #readFrom}; a step that has
 * nothing to read (a source not configured) hands none and reads nothing.
 *
 * @param <T> what the stream yields
 */
public abstract class RecordStreamReader<T> extends AbstractItemReader {

    @Inject
    private ReadDelay delay;

    @Inject
    private JobContext job;

    private RecordStream<T> stream;
    private long done;

    /** Reads from this stream on, past the records the checkpoint says were done. */
    protected final void readFrom(RecordStream<T> records, Serializable checkpoint) {
        this.stream = records;
        this.done = checkpoint == null ? 0 : records.skip((Long) checkpoint);
    }

    @Override
    public final Object readItem() throws InterruptedException {
        if (stream == null) {
            return null;
        }
        Optional<T> next;
        try {
            next = stream.next();
        } catch (MalformedFileException e) {
            throw unreadable(e);
        }
        if (next.isEmpty()) {
            return null;
        }
        done++;
        delay.afterRecord();
        return item(done, next.get());
    }

    /** The chunk's item for the record at this place (1 = the first) of the file. */
    protected abstract Object item(long recordNo, T record);

    /** The failure for a file that cannot be read on from a line. */
    protected abstract IllegalStateException unreadable(MalformedFileException e);

    /** The step fails with this message as the job's exit status (the console shows it). */
    protected final IllegalStateException failure(String message, Exception cause) {
        return JobFailure.of(job, message, cause);
    }

    @Override
    public final Serializable checkpointInfo() {
        return done;
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
        }
    }
}
