package cn.eport.onboarding.codetable.data;

import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.codetable.NewCodeEntry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The code tables the product ships with, read from the files beside this class (see
 * {@code SOURCE.md} there): the customs districts, the small code lists and the authority tables
 * derived from the administrative divisions ({@link DivisionAuthorities}).
 */
public final class InitialCodeData {

    private final Map<CodeTable, List<NewCodeEntry>> tables;

    private InitialCodeData(Map<CodeTable, List<NewCodeEntry>> tables) {
        this.tables = tables;
    }

    public static InitialCodeData fromClasspath() {
        try {
            Map<CodeTable, List<NewCodeEntry>> tables = new EnumMap<>(CodeTable.class);
            tables.put(CodeTable.CUSTOMS_DISTRICT, customsDistricts(open("customs-districts.csv")));
            tables.putAll(codeLists(open("code-lists.csv")));
            tables.putAll(DivisionAuthorities.derive(Divisions.read(name -> open("divisions/" + name))));
            List<CodeTable> missing = Arrays.stream(CodeTable.values()).filter(t -> !tables.containsKey(t)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("No initial data for the code tables " + missing);
            }
            return new InitialCodeData(tables);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the initial code tables", e);
        }
    }

    /** The entries of one table, in the order of their source. */
    public List<NewCodeEntry> entries(CodeTable table) {
        return tables.get(table);
    }

    public int size() {
        return tables.values().stream().mapToInt(List::size).sum();
    }

    /** customs-districts.csv: code,name,parent_code,province,kind,card_issuer_code,card_issuer_name. */
    static List<NewCodeEntry> customsDistricts(InputStream in) throws IOException {
        List<NewCodeEntry> entries = new ArrayList<>();
        for (ReferenceCsv.Row row : ReferenceCsv.read(in, "customs-districts.csv")) {
            String parent = row.optional("parent_code");
            String kind = row.get("kind");
            if (!(kind.equals("DIRECT") && parent == null || kind.equals("SUBORDINATE") && parent != null)) {
                throw new IllegalArgumentException("customs-districts.csv line " + row.line()
                        + ": a DIRECT customs has no parent, a SUBORDINATE one has (kind " + kind + ", parent " + parent + ")");
            }
            entries.add(new NewCodeEntry(CodeTable.CUSTOMS_DISTRICT, row.get("code"), row.get("name"), null, parent,
                    row.get("card_issuer_code"), row.get("card_issuer_name")));
        }
        return entries;
    }

    /** code-lists.csv: list,code,name_zh,name_en; list is the name of a {@link CodeTable}. */
    static Map<CodeTable, List<NewCodeEntry>> codeLists(InputStream in) throws IOException {
        Map<CodeTable, List<NewCodeEntry>> lists = new EnumMap<>(CodeTable.class);
        for (ReferenceCsv.Row row : ReferenceCsv.read(in, "code-lists.csv")) {
            CodeTable table;
            try {
                table = CodeTable.valueOf(row.get("list"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("code-lists.csv line " + row.line() + ": unknown list " + row.get("list"), e);
            }
            lists.computeIfAbsent(table, t -> new ArrayList<>()).add(new NewCodeEntry(table, row.get("code"),
                    row.get("name_zh"), row.optional("name_en"), null, null, null));
        }
        return lists;
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = InitialCodeData.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing data file " + name + " beside " + InitialCodeData.class.getName());
        }
        return in;
    }
}
