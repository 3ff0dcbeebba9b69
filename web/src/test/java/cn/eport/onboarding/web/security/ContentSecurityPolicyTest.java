package cn.eport.onboarding.web.security;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The policy in web.xml and the pages that must work under it (ADR 0014). */
class ContentSecurityPolicyTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    @Test
    void webXmlSwitchesPrimeFacesToCspModeWithAPolicyItCanAddTheNonceTo() throws Exception {
        assertEquals("true", contextParam(ContentSecurityPolicy.MODE_PARAM));
        String policy = ContentSecurityPolicy.checked(contextParam(ContentSecurityPolicy.POLICY_PARAM));
        assertTrue(policy.endsWith("; script-src 'self'"), policy);
        // the only inline style allowed: p:dialog's style="display:none"
        String displayNone = "'sha256-" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest("display:none".getBytes(StandardCharsets.UTF_8))) + "'";
        assertTrue(policy.contains("; style-src 'self' 'unsafe-hashes' " + displayNone + ";"), policy);
        for (String directive : List.of("default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'",
                "frame-ancestors 'none'")) {
            assertTrue(policy.contains(directive + ";"), directive);
        }
    }

    @Test
    void aPolicyThatWouldMisplaceTheNonceOrLackADirectiveIsRefused() {
        String complete = "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; script-src 'self'";
        assertEquals(complete, ContentSecurityPolicy.checked(complete.replace("; ", ";\n    ")));
        assertThrows(IllegalStateException.class, () -> ContentSecurityPolicy.checked(complete + ";"), "the nonce would follow the ';'");
        assertThrows(IllegalStateException.class, () -> ContentSecurityPolicy.checked(complete + "; img-src 'self'"),
                "the nonce would go to img-src");
        assertThrows(IllegalStateException.class, () -> ContentSecurityPolicy.checked(complete.replace("frame-ancestors 'none'; ", "")));
        assertThrows(IllegalStateException.class, () -> ContentSecurityPolicy.checked(complete + " 'unsafe-inline'"));
        assertThrows(IllegalStateException.class, () -> ContentSecurityPolicy.checked(complete + " 'unsafe-eval'"));
        assertThrows(IllegalStateException.class, () -> ContentSecurityPolicy.checked(complete + " 'unsafe-hashes' 'sha256-x'"));
        assertThrows(IllegalStateException.class, () -> ContentSecurityPolicy.checked(" "));
    }

    /**
     * What the policy would break, or what belongs in resources/js: Mojarra's f:ajax (its answers run
     * the updated scripts and PrimeFaces' nonce'd handlers without the nonce: p:ajax instead), script
     * elements and event handler attributes written into the markup, javascript: URLs, style attributes.
     * (Event attributes of components, onclick of a p:commandButton, are PrimeFaces' to bind.)
     */
    @Test
    void pagesAndTagsHaveNoInlineScriptHandlerOrStyle() throws IOException {
        Pattern plainElement = Pattern.compile("<([a-z][a-z0-9]*)(\\s[^>]*)?>");
        Pattern handler = Pattern.compile("\\son[a-z]+\\s*=");
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                String page = Files.readString(file).replaceAll("(?s)<!--.*?-->", "");
                for (String forbidden : List.of("<f:ajax", "<script", "javascript:", " style=\"")) {
                    if (page.contains(forbidden)) {
                        problems.add(WEBAPP.relativize(file) + ": " + forbidden);
                    }
                }
                Matcher element = plainElement.matcher(page);
                while (element.find()) {
                    if (element.group(2) != null && handler.matcher(element.group(2)).find()) {
                        problems.add(WEBAPP.relativize(file) + ": " + element.group());
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static String contextParam(String name) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document webXml = factory.newDocumentBuilder().parse(new File(WEBAPP.toFile(), "WEB-INF/web.xml"));
        NodeList params = webXml.getElementsByTagNameNS("*", "context-param");
        for (int i = 0; i < params.getLength(); i++) {
            Element param = (Element) params.item(i);
            if (name.equals(text(param, "param-name"))) {
                return text(param, "param-value");
            }
        }
        throw new AssertionError("no context-param " + name);
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("*", name).item(0).getTextContent().strip();
    }
}
