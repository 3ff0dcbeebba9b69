package cn.eport.onboarding.declaration;

import cn.eport.onboarding.codetable.CodeEntry;
import cn.eport.onboarding.codetable.CodeTable;

import java.util.Optional;

/** What a stored code means: its code table's entry, whatever its status today (a declaration keeps what was filed). */
@FunctionalInterface
public interface CodeNames {

    Optional<CodeEntry> entry(CodeTable table, String code);
}
