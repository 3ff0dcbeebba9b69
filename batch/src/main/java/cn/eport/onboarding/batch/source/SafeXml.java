package cn.eport.onboarding.batch.source;

import javax.xml.stream.XMLInputFactory;

/**
 * The StAX factory of every XML file a job reads: no DTDs, no external entities (no XXE), text in one
 * piece. The JDK's own implementation, whatever StAX provider a library in the EAR's lib/ registers
 * (FastExcel brings Aalto, ADR 0024): the same parser in the server as in the unit tests.
 */
public final class SafeXml {

    private SafeXml() {
    }

    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
