package cn.eport.onboarding.operator.bulk;

import cn.eport.onboarding.codetable.CodeEntry;
import cn.eport.onboarding.codetable.CodeStatus;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.codetable.CodeTableService;
import cn.eport.onboarding.operator.DraftsOutcome;
import cn.eport.onboarding.operator.OperatorInput;
import cn.eport.onboarding.operator.OperatorRefusedException;
import cn.eport.onboarding.operator.OperatorRules;
import cn.eport.onboarding.operator.OperatorService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * The bulk import of operators (issue 11 item 5) for the caller's enterprise: {@link #check} reads an
 * uploaded file and checks every row by the operator form's rules ({@link OperatorService#checkDrafts}:
 * {@link OperatorRules}, active ID types, the same person in the file or already entered), storing
 * nothing; {@link #save} stores the good rows as drafts when the user confirms, all in one transaction
 * or none ({@link OperatorService#saveDrafts}, which checks them again). Both need a saved 三证合一
 * record (F-51), as the operator list.
 */
@Stateless
@RolesAllowed("ENTERPRISE")
public class OperatorImportService {

    /** The same person as an earlier line of the file (its line number the detail). */
    public static final String DUPLICATE_IN_FILE = "operatorImport.error.duplicateInFile";

    @EJB
    private OperatorService operators;

    @Inject
    private CodeTableService codeTables;

    @Inject
    private Clock clock;

    /**
     * Reads and checks an uploaded file; nothing is stored.
     *
     * @throws SheetRefusedException    when the file as a whole cannot be imported (empty, too large, no
     *                                  spreadsheet, wrong headings, too many rows, …)
     * @throws OperatorRefusedException when the enterprise has saved no 三证合一 record yet (F-51)
     */
    public ImportCheck check(byte[] content) throws SheetRefusedException {
        requireRegistration();
        List<SheetRow> rows = OperatorSheetReader.read(content);
        RowValues values = rowValues();
        List<RowValues.Read> reads = rows.stream().map(values::read).toList();
        SortedMap<Integer, List<OperatorRules.Problem>> ruleProblems =
                operators.checkDrafts(reads.stream().map(RowValues.Read::input).toList());
        Map<String, Long> firstLineOfPerson = new HashMap<>();
        List<ImportRow> good = new ArrayList<>();
        List<RowReject> rejects = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            long line = rows.get(i).line();
            RowValues.Read read = reads.get(i);
            String person = person(read.input());
            Long earlierLine = person == null ? null : firstLineOfPerson.putIfAbsent(person, line);
            List<RowReject> problems = new ArrayList<>(read.problems());
            for (OperatorRules.Problem p : ruleProblems.getOrDefault(i, List.of())) {
                if (p.field() == OperatorRules.Field.ID_TYPE && read.unknownIdType()) {
                    continue; // the type was no code nor name of one: said once, by RowValues
                }
                boolean sameAsEarlierLine = OperatorRules.DUPLICATE.equals(p.key()) && earlierLine != null;
                problems.add(sameAsEarlierLine
                        ? new RowReject(line, ImportColumn.of(p.field()), DUPLICATE_IN_FILE, String.valueOf(earlierLine))
                        : new RowReject(line, ImportColumn.of(p.field()), p.key(), p.detail()));
            }
            if (problems.isEmpty()) {
                good.add(new ImportRow(line, read.input()));
            } else {
                problems.sort(Comparator.comparing(RowReject::column));
                rejects.addAll(problems);
            }
        }
        return new ImportCheck(rows.size(), good, rejects);
    }

    /**
     * Saves the good rows of a check as drafts of the caller's enterprise, all or none: when one of them
     * no longer passes (the same person entered since the check) or a save fails, nothing is stored.
     *
     * @throws OperatorRefusedException when the enterprise has no 三证合一 record, or one of the people was
     *                                  stored at the same moment by another request (nothing stored)
     */
    public DraftsOutcome save(List<ImportRow> rows) {
        return operators.saveDrafts(rows.stream().map(ImportRow::input).toList());
    }

    private void requireRegistration() {
        if (operators.registration().isEmpty()) {
            throw new OperatorRefusedException(OperatorRefusedException.Reason.NO_REGISTRATION);
        }
    }

    /** The person a row stands for as the duplicate rule sees it (证件类别 and 证件号码 as stored); null without them. */
    private String person(OperatorInput input) {
        OperatorInput normalized = OperatorRules.normalized(input, clock);
        return normalized.idType() == null || normalized.idNumber() == null ? null
                : normalized.idType() + "/" + normalized.idNumber();
    }

    /** The ID types a file may name, by code or Chinese name: the active entries of the ID_TYPE table. */
    private RowValues rowValues() {
        LocalDate today = codeTables.today();
        List<CodeEntry> active = codeTables.page(CodeTable.ID_TYPE, null, 0, CodeTableService.MAX_PAGE_SIZE).stream()
                .filter(e -> e.statusOn(today) == CodeStatus.ACTIVE).toList();
        Set<String> codes = active.stream().map(CodeEntry::getCode).collect(Collectors.toSet());
        Map<String, String> byName = active.stream().collect(Collectors.toMap(CodeEntry::getNameZh, CodeEntry::getCode, (a, b) -> a));
        return new RowValues(codes, byName);
    }
}
