package cn.eport.onboarding.batch.codetable;

import cn.eport.onboarding.batch.source.ImportSource;
import cn.eport.onboarding.batch.source.MalformedFileException;
import cn.eport.onboarding.batch.source.SafeXml;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An XML source, streamed with StAX (docs/batch-files.md): a root element of any name holding
 * {@code <record>} elements, each with one child element per field, named like the CSV columns:
 * <pre>{@code
 * <records>
 *   <record><code>0100</code><name>北京关区</name>...</record>
 * </records>
 * }</pre>
 * The encoding comes from the XML declaration (UTF-8 or GB18030). A record's line is the line its
 * {@code <record>} tag starts on. DTDs and external entities are refused (no XXE). A file that is not
 * well-formed fails with {@link MalformedFileException} at the line the parser stopped.
 */
final class XmlRecords implements RecordFile {

    static final String RECORD = "record";
    private static final XMLInputFactory FACTORY = SafeXml.inputFactory();

    private final String sourceName;
    private final InputStream in;
    private final XMLStreamReader xml;

    private XmlRecords(String sourceName, InputStream in, XMLStreamReader xml) {
        this.sourceName = sourceName;
        this.in = in;
        this.xml = xml;
    }

    static XmlRecords open(ImportSource source) throws IOException {
        InputStream in = source.open();
        try {
            return new XmlRecords(source.name(), in, FACTORY.createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            in.close();
            throw new MalformedFileException(source.name(), 1, e.getMessage(), e);
        }
    }

    @Override
    public Optional<SourceRecord> next() {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals(RECORD)) {
                    long line = xml.getLocation().getLineNumber();
                    Map<String, String> fields = new LinkedHashMap<>();
                    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                        String name = xml.getLocalName();
                        String value = xml.getElementText().strip();
                        if (!value.isEmpty()) {
                            fields.put(name, value);
                        }
                    }
                    String raw = fields.entrySet().stream().map(f -> f.getKey() + "=" + f.getValue())
                            .collect(Collectors.joining(", "));
                    return Optional.of(new SourceRecord(line, fields, raw, null));
                }
            }
            return Optional.empty();
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? xml.getLocation().getLineNumber() : e.getLocation().getLineNumber();
            throw new MalformedFileException(sourceName, line, e.getMessage(), e);
        }
    }

    @Override
    public List<String> header() {
        return null;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            in.close();
        }
    }
}
