package cn.eport.onboarding.batch.codetable;

import cn.eport.onboarding.batch.source.CsvFile;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A CSV source as {@link SourceRecord}s (Apache Commons CSV through {@link CsvFile}). */
final class CsvRecords implements RecordFile {

    private final CsvFile file;

    CsvRecords(CsvFile file) {
        this.file = file;
    }

    @Override
    public Optional<SourceRecord> next() {
        return file.next().map(row -> {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String column : file.header()) {
                String value = row.get(column);
                if (value != null) {
                    fields.put(column, value);
                }
            }
            String shape = row.complete() ? null
                    : "本行有 " + row.record().size() + " 个字段，表头有 " + file.header().size() + " 列：字段数应与表头一致（含逗号的值请加英文双引号）";
            return new SourceRecord(row.line(), fields, row.raw(), shape);
        });
    }

    @Override
    public List<String> header() {
        return file.header();
    }

    @Override
    public long skip(long count) {
        return file.skip(count);
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
