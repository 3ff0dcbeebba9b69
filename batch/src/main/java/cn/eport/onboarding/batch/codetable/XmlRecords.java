package cn.eport.onboarding.batch.codetable;

import cn.eport.onboarding.batch.source.ImportSource;
import cn.eport.onboarding.batch.source.XmlRecordFile;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * An XML source (docs/batch-files.md): a root element of any name holding {@code <record>}
 * elements, each with one child element per field, named like the CSV columns.
 */
final class XmlRecords implements RecordFile {

    static final String RECORD = "record";

    private final XmlRecordFile file;

    private XmlRecords(XmlRecordFile file) {
        this.file = file;
    }

    static XmlRecords open(ImportSource source) throws IOException {
        return new XmlRecords(XmlRecordFile.open(source, RECORD));
    }

    @Override
    public Optional<SourceRecord> next() {
        return file.next().map(record -> new SourceRecord(record.line(), record.fields(), record.raw(), null));
    }

    @Override
    public List<String> header() {
        return null;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
