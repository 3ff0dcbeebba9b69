package cn.eport.onboarding.declaration.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The pages of one sealed PDF as they are filled from top to bottom: A4, a running header drawn on
 * every new page, a cursor ({@link #y}) that content moves down, and the footers written once the
 * number of pages is known ("第 x 页 共 y 页").
 */
final class PageCanvas {

    static final PDRectangle A4 = PDRectangle.A4;
    static final float LEFT = 48;
    static final float RIGHT = A4.getWidth() - 48;
    static final float WIDTH = RIGHT - LEFT;
    static final float TOP = A4.getHeight() - 40;
    /** Content ends above this; the footer lies below it. */
    static final float BOTTOM = 60;
    private static final float FOOTER_BASELINE = 36;

    private final PDDocument document;
    private final FontText text;
    private final Consumer<PageCanvas> header;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;

    PageCanvas(PDDocument document, FontText text, Consumer<PageCanvas> header) {
        this.document = document;
        this.text = text;
        this.header = header;
    }

    FontText text() {
        return text;
    }

    float y() {
        return y;
    }

    void down(float points) {
        y -= points;
    }

    /** Starts a new page (with its running header) unless this much height is left on the current one. */
    void ensure(float height) {
        if (stream == null || y - height < BOTTOM) {
            newPage();
        }
    }

    /** The height left above the footer. */
    float room() {
        return y - BOTTOM;
    }

    void newPage() {
        closeStream();
        PDPage page = new PDPage(A4);
        document.addPage(page);
        pages.add(page);
        stream = open(page, PDPageContentStream.AppendMode.OVERWRITE);
        y = TOP;
        header.accept(this);
    }

    /** Printable text with its baseline at y (already printable: see {@link FontText#printable}). */
    void text(String printable, float x, float baseline, float size) {
        text(stream, printable, x, baseline, size);
    }

    void centered(String printable, float baseline, float size) {
        text(printable, LEFT + (WIDTH - text.width(printable, size)) / 2, baseline, size);
    }

    void rightAligned(String printable, float right, float baseline, float size) {
        text(printable, right - text.width(printable, size), baseline, size);
    }

    void line(float x1, float y1, float x2, float y2, float width) {
        try {
            stream.setLineWidth(width);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rectangle filled in a light grey (sRGB, as the output intent). */
    void shade(float x, float top, float width, float height) {
        try {
            stream.setNonStrokingColor(0.93f, 0.94f, 0.96f);
            stream.addRect(x, top - height, width, height);
            stream.fill();
            stream.setNonStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the last page and writes every page's footer: a rule, the left text and "第 x 页 共 y 页". */
    void finish(String footerLeft, PageNumbers numbers, float size) {
        closeStream();
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream footer = open(pages.get(i), PDPageContentStream.AppendMode.APPEND)) {
                footer.setLineWidth(0.5f);
                footer.moveTo(LEFT, FOOTER_BASELINE + 12);
                footer.lineTo(RIGHT, FOOTER_BASELINE + 12);
                footer.stroke();
                text(footer, footerLeft, LEFT, FOOTER_BASELINE, size);
                String number = text.printable(numbers.of(i + 1, total));
                text(footer, number, RIGHT - text.width(number, size), FOOTER_BASELINE, size);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The text of a page's number. */
    interface PageNumbers {
        String of(int page, int total);
    }

    private void text(PDPageContentStream target, String printable, float x, float baseline, float size) {
        try {
            target.beginText();
            target.setFont(text.font(), size);
            target.newLineAtOffset(x, baseline);
            target.showText(printable);
            target.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDPageContentStream open(PDPage page, PDPageContentStream.AppendMode mode) {
        try {
            return new PDPageContentStream(document, page, mode, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeStream() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stream = null;
        }
    }
}
