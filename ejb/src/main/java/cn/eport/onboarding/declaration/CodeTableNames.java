package cn.eport.onboarding.declaration;

import cn.eport.onboarding.codetable.CodeEntry;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.codetable.CodeTableService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** {@link CodeNames} from the code tables in the database. */
@ApplicationScoped
public class CodeTableNames implements CodeNames {

    @Inject
    private CodeTableService codeTables;

    @Override
    public Optional<CodeEntry> entry(CodeTable table, String code) {
        return code == null || code.isBlank() ? Optional.empty() : codeTables.find(table, code);
    }
}
