package cn.eport.onboarding.web.attachment;

import cn.eport.onboarding.attachment.AttachmentRules;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The upload limits in web.xml, the filter and the browser agree, and all let a 4 MB file reach the rules. */
class UploadSizeFilterTest {

    @Test
    void theFacesServletTakesWhatTheFilterLetsThrough() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document webXml = factory.newDocumentBuilder().parse(new File("src/main/webapp/WEB-INF/web.xml"));
        Element config = (Element) webXml.getElementsByTagNameNS("*", "multipart-config").item(0);
        assertEquals(UploadSizeFilter.REQUEST_LIMIT, Long.parseLong(text(config, "max-request-size")));
        assertEquals(UploadSizeFilter.REQUEST_LIMIT, Long.parseLong(text(config, "max-file-size")));
    }

    @Test
    void aFourMegabyteFileIsSentToTheServerToBeRefusedThere() {
        assertTrue(UploadSizeFilter.BROWSER_LIMIT > AttachmentRules.SIZE_LIMIT, "a 4 MB file reaches the service");
        assertTrue(UploadSizeFilter.REQUEST_LIMIT - UploadSizeFilter.BROWSER_LIMIT >= 512 * 1024,
                "room for the form's other fields and the multipart framing");
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("*", name).item(0).getTextContent().strip();
    }
}
