package cn.eport.onboarding.batch.source;

import javax.xml.stream.XMLInputFactory;

/** The StAX factory of every XML file a job reads: no DTDs, no external entities (no XXE), text in one piece. */
public final class SafeXml {

    private SafeXml() {
    }

    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
