package cn.eport.onboarding.declaration.pdf;

import cn.eport.onboarding.attachment.FileSizes;
import cn.eport.onboarding.declaration.Declaration;
import cn.eport.onboarding.declaration.DeclaredAttachment;
import cn.eport.onboarding.declaration.DeclaredField;
import cn.eport.onboarding.time.BusinessCalendar;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.function.Function;

/**
 * Renders what one 申报 declared as the sealed PDF (docs/adr/0027-sealed-declaration-pdf.md): A4,
 * PDF/A-1b, the shipped CJK font embedded as a subset; the official form's title, the enterprise,
 * kind, 编号, round, time (Beijing) and declarant, every field as label | value in the form's order,
 * the attachments with their SHA-256, and on every page a running header and a footer with the
 * SHA-256 of the declaration's stored snapshot (its JSON text, {@code declaration_snapshot.content_sha256})
 * and "第 x 页 共 y 页". Thread-safe; each call builds its own document.
 */
public final class SealedPdfRenderer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(BusinessCalendar.ZONE);
    private static final float BODY = 9.5f;
    private static final float SMALL = 7.5f;
    private static final float[] INFO_COLUMNS = {90, 159.28f, 90, 159.28f};
    private static final float[] FIELD_COLUMNS = {150, PageCanvas.WIDTH - 150};
    private static final float[] ATTACHMENT_COLUMNS = {30, 110, PageCanvas.WIDTH - 30 - 110 - 70, 70};

    private final SealedTexts texts = SealedTexts.chinese();

    /**
     * @param snapshotSha256   the SHA-256 of the declaration's snapshot, printed on every page
     * @param documentTypeName the name of an attachment's document type (code of table DOCUMENT_TYPE),
     *                         null when the code is unknown
     */
    public byte[] render(Declaration declaration, String snapshotSha256, Function<String, String> documentTypeName) {
        TrueTypeFont ttf = SealFont.borrow();
        try (PDDocument document = new PDDocument()) {
            FontText text = new FontText(PDType0Font.load(document, ttf, true), ttf);
            PageCanvas canvas = new PageCanvas(document, text, c -> runningHeader(c, declaration));
            canvas.newPage();
            title(canvas, declaration);
            info(canvas, declaration);
            fields(canvas, declaration.fields());
            attachments(canvas, declaration.attachments(), documentTypeName);
            canvas.finish(text.printable(texts.text("sealed.digest", snapshotSha256)),
                    (page, total) -> texts.text("sealed.page", String.valueOf(page), String.valueOf(total)), SMALL);
            Calendar created = GregorianCalendar.from(declaration.declaredAt().atZone(BusinessCalendar.ZONE));
            PdfA.mark(document, texts.title(declaration.kind()) + " " + declaration.number(),
                    texts.text("sealed.subject", declaration.number(), String.valueOf(declaration.round()), snapshotSha256), created);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The sealed PDF of " + declaration.number() + " cannot be rendered", e);
        } finally {
            SealFont.release(ttf);
        }
    }

    private void runningHeader(PageCanvas canvas, Declaration d) {
        FontText text = canvas.text();
        float baseline = PageCanvas.TOP - SMALL;
        canvas.text(text.printable(texts.title(d.kind())), PageCanvas.LEFT, baseline, SMALL);
        canvas.rightAligned(text.printable(texts.text("sealed.header", d.number(), String.valueOf(d.round()))),
                PageCanvas.RIGHT, baseline, SMALL);
        canvas.line(PageCanvas.LEFT, baseline - 4, PageCanvas.RIGHT, baseline - 4, 0.5f);
        canvas.down(SMALL + 16);
    }

    private void title(PageCanvas canvas, Declaration d) {
        FontText text = canvas.text();
        canvas.down(18);
        canvas.centered(text.printable(texts.title(d.kind())), canvas.y(), 18);
        canvas.down(18);
        canvas.centered(text.printable(texts.text("sealed.subtitle")), canvas.y(), SMALL + 1);
        canvas.down(16);
    }

    private void info(PageCanvas canvas, Declaration d) {
        FontText text = canvas.text();
        GridTable table = new GridTable(canvas, INFO_COLUMNS, BODY, null, true, false, true, false);
        table.start();
        table.row(text.printable(texts.text("sealed.enterpriseName")), text.printable(d.enterpriseName()),
                text.printable(texts.text("sealed.uscc")), text.printable(d.enterpriseUscc()));
        table.row(text.printable(texts.text("sealed.kind")), text.printable(texts.kindName(d.kind())),
                text.printable(texts.text("sealed.number")), text.printable(d.number()));
        table.row(text.printable(texts.text("sealed.round")), text.printable(texts.text("sealed.roundValue", String.valueOf(d.round()))),
                text.printable(texts.text("sealed.declaredAt")), text.printable(TIME.format(d.declaredAt())));
        table.row(text.printable(texts.text("sealed.declaredBy")), text.printable(d.declaredBy()), "", "");
    }

    private void fields(PageCanvas canvas, List<DeclaredField> fields) {
        FontText text = canvas.text();
        section(canvas, texts.text("sealed.fields"));
        GridTable table = new GridTable(canvas, FIELD_COLUMNS, BODY,
                new String[]{text.printable(texts.text("sealed.fieldColumn")), text.printable(texts.text("sealed.valueColumn"))}, true);
        table.start();
        for (DeclaredField field : fields) {
            table.row(text.printable(texts.label(field.labelKey())), text.printable(field.display()));
        }
    }

    private void attachments(PageCanvas canvas, List<DeclaredAttachment> attachments, Function<String, String> documentTypeName) {
        FontText text = canvas.text();
        section(canvas, texts.text("sealed.attachments"));
        if (attachments.isEmpty()) {
            canvas.ensure(BODY * 2);
            canvas.text(text.printable(texts.text("sealed.attachmentsNone")), PageCanvas.LEFT, canvas.y() - BODY, BODY);
            canvas.down(BODY * 2);
            return;
        }
        GridTable table = new GridTable(canvas, ATTACHMENT_COLUMNS, BODY, new String[]{
                text.printable(texts.text("sealed.attachmentNumber")), text.printable(texts.text("attachment.documentType")),
                text.printable(texts.text("sealed.attachmentFile")), text.printable(texts.text("attachment.size"))});
        table.start();
        int number = 1;
        for (DeclaredAttachment a : attachments) {
            String typeName = documentTypeName.apply(a.documentType());
            table.row(String.valueOf(number++),
                    text.printable(typeName == null ? a.documentType() : a.documentType() + " " + typeName),
                    text.printable(a.fileName() + "\n" + texts.text("sealed.sha256", a.sha256())),
                    text.printable(FileSizes.format(a.size())));
        }
    }

    private void section(PageCanvas canvas, String heading) {
        canvas.down(10);
        canvas.ensure(11 + 6 + 40);
        canvas.text(canvas.text().printable(heading), PageCanvas.LEFT, canvas.y() - 11, 11);
        canvas.down(11 + 6);
    }
}
