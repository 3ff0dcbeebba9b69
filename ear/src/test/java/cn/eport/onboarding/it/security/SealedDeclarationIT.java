package cn.eport.onboarding.it.security;

import cn.eport.onboarding.audit.AuditAction;
import cn.eport.onboarding.audit.AuditDetails;
import cn.eport.onboarding.audit.AuditEvent;
import cn.eport.onboarding.audit.AuditTrail;
import cn.eport.onboarding.audit.Sha256;
import cn.eport.onboarding.declaration.Declaration;
import cn.eport.onboarding.declaration.DeclarationVersion;
import cn.eport.onboarding.declaration.DeclaredAttachment;
import cn.eport.onboarding.declaration.DeclaredField;
import cn.eport.onboarding.declaration.OwnDeclarations;
import cn.eport.onboarding.declaration.sealed.SealedDeclaration;
import cn.eport.onboarding.declaration.sealed.SealedDeclarationService;
import cn.eport.onboarding.it.HttpSession;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12 item 3 in the real server: each 申报 stores a sealed PDF of exactly what it declared
 * (PDFBox's text extraction compared with the stored declaration), whose downloaded bytes hash to the
 * audit entry's SHA-256; a later 申报 adds a PDF and leaves the earlier one as it was; the download
 * (/sealed/{id}) answers the owner and the reviewers, and everyone else as for an id that does not exist.
 */
@ExtendWith(ArquillianExtension.class)
class SealedDeclarationIT extends ApplicationsOfA {

    private static final String PASSWORD = "Eport@2026";
    private static final ApplicationKind KIND = ApplicationKind.ENTERPRISE_REGISTRATION;
    private static final ResourceBundle CHINESE = ResourceBundle.getBundle("cn.eport.onboarding.i18n.messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    @Deployment
    static EnterpriseArchive deployment() {
        return earWith(SealedDeclarationIT.class);
    }

    @Inject
    private SealedDeclarationService sealed;

    @Inject
    private OwnDeclarations declarations;

    @Inject
    private AuditTrail audit;

    @Test
    void thePdfSaysWhatWasDeclaredAndItsBytesHashToTheAuditEntry() throws Exception {
        Filed filed = draftOfA(KIND);
        a(() -> attachments.upload(KIND, filed.id(), documentType(KIND), "第二份 营业执照.pdf", secondPdf("one")));
        assertTrue(a(() -> sealed.of(KIND, filed.id())).isEmpty(), "a draft has no sealed PDF");
        declareAsA(filed);

        Declaration declared = a(() -> declarations.declaration(KIND, filed.id(), 1));
        DeclarationVersion version = a(() -> declarations.versions(KIND, filed.id())).get(0);
        SealedDeclaration copy = onlyCopy(filed);
        assertEquals(1, copy.getRound());
        assertEquals(version.snapshotId(), copy.getSnapshotId());

        HttpResponse<byte[]> download = HttpSession.loggedIn(HttpSession.ownServer(), "ent-a", PASSWORD).getBytes("sealed/" + copy.getId());
        assertEquals(200, download.statusCode());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
        String fileName = declared.number() + "-1.pdf";
        assertEquals("attachment; filename=\"" + fileName + "\"; filename*=UTF-8''" + fileName,
                download.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(download.headers().firstValue("Content-Security-Policy").isPresent(), "the project's headers");

        String sha256 = Sha256.hex(download.body());
        assertEquals(copy.getSha256(), sha256);
        AuditDetails.Sealed entry = sealedEntries(filed, AuditAction.SEALED).get(0);
        assertEquals(new AuditDetails.Sealed(1, sha256), entry, "the audit entry holds the downloaded bytes' hash");

        String text = compact(text(download.body()));
        assertContains(text, "三证合一信息登记表");
        assertContains(text, declared.number());
        assertContains(text, compact(declared.enterpriseName()));
        assertContains(text, declared.enterpriseUscc());
        assertContains(text, "第1次申报");
        assertEquals(16, declared.fields().size(), "every field of the 三证合一 form");
        for (DeclaredField field : declared.fields()) {
            assertContains(text, compact(CHINESE.getString(field.labelKey())));
            assertContains(text, compact(field.display()));
        }
        assertEquals(2, declared.attachments().size());
        for (DeclaredAttachment attachment : declared.attachments()) {
            assertContains(text, compact(attachment.fileName()));
            assertContains(text, "SHA-256：" + attachment.sha256());
        }
        assertContains(text, "申报内容SHA-256：" + version.contentSha256());
        assertFalse(sealedEntries(filed, AuditAction.SEALED_DOWNLOADED).isEmpty(), "the download is audited");
    }

    @Test
    void aSecondDeclarationAddsAPdfAndTheFirstStaysAsItWas() throws Exception {
        Filed filed = draftOfA(KIND);
        declareAsA(filed);
        SealedDeclaration first = onlyCopy(filed);
        HttpSession entA = HttpSession.loggedIn(HttpSession.ownServer(), "ent-a", PASSWORD);
        byte[] firstBytes = entA.getBytes("sealed/" + first.getId()).body();

        reviewer(() -> reviews.claim(KIND, filed.id()));
        reviewer(() -> reviews.returnToEnterprise(KIND, filed.id(), "请补充银行开户许可证"));
        a(() -> attachments.upload(KIND, filed.id(), documentType(KIND), "补充-开户许可证.pdf", secondPdf("two")));
        declareAsA(filed);

        List<SealedDeclaration> copies = a(() -> sealed.of(KIND, filed.id()));
        assertEquals(List.of(1, 2), copies.stream().map(SealedDeclaration::getRound).toList());
        assertEquals(first.getSha256(), copies.get(0).getSha256());
        assertNotEquals(first.getSha256(), copies.get(1).getSha256());
        assertArrayEquals(firstBytes, entA.getBytes("sealed/" + first.getId()).body(), "the first PDF is unchanged");

        String firstText = compact(text(firstBytes));
        String secondText = compact(text(entA.getBytes("sealed/" + copies.get(1).getId()).body()));
        assertFalse(firstText.contains("补充-开户许可证.pdf"));
        assertContains(secondText, "补充-开户许可证.pdf");
        assertContains(secondText, "第2次申报");
        assertEquals(List.of(new AuditDetails.Sealed(2, copies.get(1).getSha256()), new AuditDetails.Sealed(1, first.getSha256())),
                sealedEntries(filed, AuditAction.SEALED), "one SEALED entry per 申报, newest first");
    }

    @Test
    void onlyTheOwnerAndReviewersGetItEveryoneElseAsForAnIdThatDoesNotExist() throws Exception {
        Filed filed = draftOfA(KIND);
        declareAsA(filed);
        SealedDeclaration copy = onlyCopy(filed);
        String path = "sealed/" + copy.getId();
        byte[] owners = HttpSession.loggedIn(HttpSession.ownServer(), "ent-a", PASSWORD).getBytes(path).body();

        HttpResponse<byte[]> reviewers = HttpSession.loggedIn(HttpSession.ownServer(), "reviewer", PASSWORD).getBytes(path);
        assertEquals(200, reviewers.statusCode());
        assertArrayEquals(owners, reviewers.body());
        HttpResponse<byte[]> print = HttpSession.loggedIn(HttpSession.ownServer(), "reviewer", PASSWORD).getBytes(path + "?print");
        assertTrue(print.headers().firstValue("Content-Disposition").orElseThrow().startsWith("inline; filename="),
                "打印 shows it in the browser");
        assertArrayEquals(owners, print.body());

        HttpSession b = HttpSession.loggedIn(HttpSession.ownServer(), "ent-b", PASSWORD);
        HttpResponse<byte[]> foreign = b.getBytes(path);
        HttpResponse<byte[]> missing = b.getBytes("sealed/" + (copy.getId() + 1_000_000_000L));
        assertEquals(404, foreign.statusCode());
        assertEquals(404, missing.statusCode());
        assertFalse(new String(foreign.body(), StandardCharsets.ISO_8859_1).contains("%PDF"));
        assertEquals(HttpSession.withoutNonce(new String(missing.body(), StandardCharsets.UTF_8)),
                HttpSession.withoutNonce(new String(foreign.body(), StandardCharsets.UTF_8)), "nothing tells the two apart");
        List<Refusal> refused = refusals("ent-b", SealedDeclarationService.SUBJECT_TYPE, String.valueOf(copy.getId()));
        assertEquals(1, refused.size(), "the refusal is audited");
        assertEquals(USCC_OF_A, refused.get(0).enterpriseUscc());

        assertEquals(404, b.getBytes("sealed/not-a-number").statusCode());
        assertEquals(404, b.getBytes("sealed/").statusCode());
        assertEquals(404, HttpSession.loggedIn(HttpSession.ownServer(), "admin", PASSWORD).getBytes(path).statusCode(),
                "administrators are neither owners nor reviewers");
        assertEquals(404, HttpSession.loggedIn(HttpSession.ownServer(), "batch", PASSWORD).getBytes(path).statusCode());
        HttpResponse<String> anonymous = HttpSession.anonymous(HttpSession.ownServer()).get(path);
        assertTrue(HttpSession.sendsToLogin(anonymous), "the login page instead of the PDF: " + anonymous.statusCode());
        assertTrue(b(() -> sealed.of(KIND, filed.id())).isEmpty(), "another enterprise lists none");
    }

    private SealedDeclaration onlyCopy(Filed filed) throws Exception {
        List<SealedDeclaration> copies = a(() -> sealed.of(KIND, filed.id()));
        assertEquals(1, copies.size(), "one sealed PDF per 申报");
        return copies.get(0);
    }

    /** The application's audit entries of this action, as round and SHA-256, newest first. */
    private List<AuditDetails.Sealed> sealedEntries(Filed filed, AuditAction action) throws Exception {
        List<AuditEvent> entries = reviewer(() -> audit.about(KIND.name(), String.valueOf(filed.id())));
        return entries.stream().filter(e -> e.getAction() == action).map(e -> AuditDetails.sealedOf(e).orElseThrow()).toList();
    }

    /** A small PDF of its own content, so its SHA-256 differs from every other file's. */
    private static byte[] secondPdf(String marker) {
        return ("%PDF-1.4\n% " + marker + " " + System.nanoTime() + "\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Without white space: table cells and wrapped lines break text where the page does. */
    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "missing «" + expected + "» in " + text);
    }
}
