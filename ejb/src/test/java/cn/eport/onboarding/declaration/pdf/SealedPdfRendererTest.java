package cn.eport.onboarding.declaration.pdf;

import cn.eport.onboarding.i18n.Texts;
import cn.eport.onboarding.declaration.Declaration;
import cn.eport.onboarding.declaration.DeclaredAttachment;
import cn.eport.onboarding.declaration.DeclaredField;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SealedPdfRendererTest {

    private static final ResourceBundle CHINESE = Texts.chineseBundle();

    private final SealedPdfRenderer renderer = new SealedPdfRenderer();

    @Test
    void everyLabelValueAndAttachmentOfTheDeclarationIsInTheText() throws IOException {
        Declaration d = SampleDeclarations.typical();
        String text = compact(text(SampleDeclarations.render(renderer, d)));

        for (String expected : List.of("三证合一信息登记表", "上海东方明珠国际贸易有限公司", "91310115MA1K4XYZ3Q", "SZ2026-000123",
                "三证合一", "第1次申报", "2026-12-0610:15:30", "ent-a", "申报人", "申报时间", "统一社会信用代码")) {
            assertContains(text, expected);
        }
        for (DeclaredField f : d.fields()) {
            assertContains(text, compact(CHINESE.getString(f.labelKey())));
            assertContains(text, compact(f.display()));
        }
        for (DeclaredAttachment a : d.attachments()) {
            assertContains(text, compact(a.fileName()));
            assertContains(text, "SHA-256：" + a.sha256());
            assertContains(text, a.documentType() + SampleDeclarations.DOCUMENT_TYPES.get(a.documentType()));
        }
        assertContains(text, "240KB");
        assertContains(text, "1024KB");
        assertContains(text, "申报内容SHA-256：" + SampleDeclarations.SNAPSHOT_SHA256);
        assertContains(text, "第1页共1页");
    }

    @Test
    void theChineseFontIsEmbeddedAsASubsetAndNoOtherFontIsUsed() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(SampleDeclarations.render(renderer, SampleDeclarations.large()))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                PDType0Font type0 = (PDType0Font) font;
                assertTrue(type0.isEmbedded(), font.getName());
                assertNotNull(type0.getDescendantFont().getFontDescriptor().getFontFile2(), "TrueType outlines embedded");
                assertTrue(font.getName().matches("[A-Z]{6}\\+WenQuanYiMicroHei"), "a subset: " + font.getName());
            }
        }
        byte[] typical = SampleDeclarations.render(renderer, SampleDeclarations.typical());
        assertTrue(typical.length < 200_000, "only the glyphs used are embedded, not the 5 MB font: " + typical.length);
    }

    @Test
    void isValidPdfA1bWithItsMetadata(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sealed.pdf");
        Files.write(file, SampleDeclarations.render(renderer, SampleDeclarations.large()));

        ValidationResult result = PreflightParser.validate(file.toFile());
        assertTrue(result.isValid(), () -> result.getErrorsList().stream()
                .map(e -> e.getErrorCode() + " " + e.getDetails()).toList().toString());
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            XMPMetadata xmp = new DomXmpParser().parse(pdf.getDocumentCatalog().getMetadata().toByteArray());
            assertEquals(1, xmp.getPDFAIdentificationSchema().getPart());
            assertEquals("B", xmp.getPDFAIdentificationSchema().getConformance());
            assertEquals("三证合一信息登记表 SZ2026-000123", pdf.getDocumentInformation().getTitle());
            assertEquals(1, pdf.getDocumentCatalog().getOutputIntents().size());
        }
    }

    @Test
    void aLongDeclarationRunsOverPagesEachWithHeaderAndNumber() throws IOException {
        Declaration d = SampleDeclarations.large();
        try (PDDocument pdf = Loader.loadPDF(SampleDeclarations.render(renderer, d))) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 3, "pages: " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = compact(stripper.getText(pdf));
                assertContains(text, "第" + page + "页共" + pages + "页");
                assertContains(text, "编号SZ2026-000123第2次申报");
                assertContains(text, "申报内容SHA-256：" + SampleDeclarations.SNAPSHOT_SHA256);
            }
            // a value continued on the next page is interrupted by the footer and the header there
            String all = compact(new PDFTextStripper().getText(pdf)).replaceAll("申报内容SHA-256：[0-9a-f]{64}第\\d+页共\\d+页"
                    + "三证合一信息登记表编号SZ2026-000123第2次申报(项目内容|序号单据类型文件名及SHA-256大小)", "");
            for (DeclaredField f : d.fields()) {
                assertContains(all, compact(f.display()));
            }
            for (DeclaredAttachment a : d.attachments()) {
                assertContains(all, a.sha256());
            }
        }
    }

    @Test
    void aCharacterTheFontLacksIsPrintedAsItsCodePointAndNothingIsDropped() throws IOException {
        Declaration d = SampleDeclarations.declaration(1, List.of(
                SampleDeclarations.field("contactName", "张😀三", "张😀三"),
                SampleDeclarations.field("registeredAddress", "第一行\r\n第二行\t末尾", "第一行\r\n第二行\t末尾")), List.of());
        String text = compact(text(SampleDeclarations.render(renderer, d)));
        assertContains(text, "张[U+1F600]三");
        assertContains(text, "第一行第二行末尾");
        assertContains(text, "本次申报无随附单据。");
    }

    @Test
    void anUnknownDocumentTypeShowsItsCode() throws IOException {
        Declaration d = SampleDeclarations.declaration(1, List.of(),
                List.of(new DeclaredAttachment(1L, "99", "x.pdf", 10, SampleDeclarations.sha(7))));
        String text = compact(text(SampleDeclarations.render(renderer, d)));
        assertContains(text, "99x.pdf");
        assertContains(text, "10B");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Without white space: wrapped lines and table cells break text where the page does. */
    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "missing «" + expected + "» in " + (text.length() > 600 ? text.substring(0, 600) + "…" : text));
    }
}
