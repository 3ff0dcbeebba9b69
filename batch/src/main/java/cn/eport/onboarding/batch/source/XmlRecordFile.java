package cn.eport.onboarding.batch.source;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * An XML file of records, streamed with StAX: a root element whose children of one name are the
 * records, each holding one child element per field:
 * <pre>{@code
 * <records>
 *   <record><code>0100</code><name>北京关区</name>...</record>
 * </records>
 * }</pre>
 * Other children of the root, and elements inside a field, are passed over. The encoding comes from
 * the XML declaration (UTF-8 or GB18030). A record's line is the line its start tag is on. DTDs and
 * external entities are refused ({@link SafeXml}). A file that is not well-formed fails with
 * {@link MalformedFileException} at the line the parser stopped.
 */
public final class XmlRecordFile implements RecordStream<XmlRecordFile.Element> {

    /**
     * One record: its line, its fields by element name in file order (trimmed; empty ones left out)
     * and its text as a reject shows it ({@code name=value, …}, every field).
     */
    public record Element(long line, Map<String, String> fields, String raw) {
    }

    private static final XMLInputFactory FACTORY = SafeXml.inputFactory();

    private final String sourceName;
    private final String recordName;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final String rootName;

    private XmlRecordFile(String sourceName, String recordName, InputStream in, XMLStreamReader xml) throws XMLStreamException {
        this.sourceName = sourceName;
        this.recordName = recordName;
        this.in = in;
        this.xml = xml;
        this.rootName = readRoot();
    }

    /** Opens the source and reads up to its root element. */
    public static XmlRecordFile open(ImportSource source, String recordName) throws IOException {
        InputStream in = source.open();
        try {
            return new XmlRecordFile(source.name(), recordName, in, FACTORY.createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            in.close();
            throw malformed(source.name(), e);
        }
    }

    /** The root element's name; empty for a file without one (nothing but blanks, say). */
    public Optional<String> rootName() {
        return Optional.ofNullable(rootName);
    }

    private String readRoot() throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                return xml.getLocalName();
            }
        }
        return null;
    }

    @Override
    public Optional<Element> next() {
        if (rootName == null) {
            return Optional.empty();
        }
        try {
            int depth = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (depth == 0 && recordName.equals(xml.getLocalName())) {
                        return Optional.of(record());
                    }
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == 0) {
                        return Optional.empty();
                    }
                    depth--;
                }
            }
            return Optional.empty();
        } catch (XMLStreamException e) {
            throw malformed(sourceName, e);
        }
    }

    /** The record the reader stands on, up to its end tag. */
    private Element record() throws XMLStreamException {
        long line = xml.getLocation().getLineNumber();
        Map<String, String> fields = new LinkedHashMap<>();
        StringJoiner raw = new StringJoiner(", ");
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            String text = elementText();
            if (!text.isEmpty()) {
                fields.put(name, text);
            }
            raw.add(name + "=" + text);
        }
        return new Element(line, fields, raw.toString());
    }

    /** The trimmed text of the element the reader stands on; elements inside it are passed over. */
    private String elementText() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (depth == 1 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                text.append(xml.getText());
            }
        }
        return text.toString().strip();
    }

    private static MalformedFileException malformed(String sourceName, XMLStreamException e) {
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        return new MalformedFileException(sourceName, line, e.getMessage(), e);
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
