package cn.eport.onboarding.declaration.pdf;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import java.io.ByteArrayInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The CJK font of the sealed PDFs, shipped with the application (README.md beside the font file):
 * never read from the system. The file is read once; parsed fonts are kept in a pool, one per
 * concurrent render, because a parsed {@link TrueTypeFont} reads its tables lazily and is not safe
 * for two documents at once. A render borrows one and gives it back when its document is saved.
 */
final class SealFont {

    static final String RESOURCE = "wqy-microhei.ttc";
    /** The collection's proportional face (the other is its monospaced twin). */
    static final String FACE = "WenQuanYiMicroHei";

    private static final byte[] COLLECTION = read();
    private static final ConcurrentLinkedQueue<TrueTypeFont> POOL = new ConcurrentLinkedQueue<>();

    private SealFont() {
    }

    /** A parsed font for one render; {@link #release} it when the document is saved. */
    static TrueTypeFont borrow() {
        TrueTypeFont pooled = POOL.poll();
        return pooled != null ? pooled : parse();
    }

    static void release(TrueTypeFont font) {
        POOL.offer(font);
    }

    private static TrueTypeFont parse() {
        try {
            // the collection is not closed: the face reads its tables from it while it is in use
            @SuppressWarnings("resource")
            TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(COLLECTION));
            return Objects.requireNonNull(collection.getFontByName(FACE), FACE);
        } catch (IOException e) {
            throw new UncheckedIOException("The sealed PDF's font cannot be parsed", e);
        }
    }

    private static byte[] read() {
        try (InputStream in = SealFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The sealed PDF's font " + RESOURCE + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The sealed PDF's font cannot be read", e);
        }
    }
}
