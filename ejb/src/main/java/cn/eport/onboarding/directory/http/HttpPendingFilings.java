package cn.eport.onboarding.directory.http;

import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.directory.DirectoryResult;
import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.directory.FilingSystem;
import cn.eport.onboarding.directory.PendingFiling;
import cn.eport.onboarding.directory.PendingFilings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@link PendingFilings} over HTTP:
 * {@code GET {url}/pending-filings/{uscc}?system=OLD_SYSTEM|RA_SYSTEM[&kind=MOFCOM|CUSTOMS|FOREX]}.
 */
public final class HttpPendingFilings implements PendingFilings {

    private final HttpDirectoryClient client;

    public HttpPendingFilings(HttpDirectoryClient client) {
        this.client = HttpByUscc.requireFor(Directory.PENDING_FILINGS, client);
    }

    @Override
    public DirectoryResult<PendingFiling> find(String uscc, FilingSystem system, FilingKind kind) {
        Objects.requireNonNull(system, "system");
        Map<String, String> query = new LinkedHashMap<>();
        query.put("system", system.name());
        if (kind != null) {
            query.put("kind", kind.name());
        }
        return client.get("pending-filings", uscc, query, json -> {
            PendingFiling filing = new PendingFiling(
                    json.uscc(),
                    json.requiredConstant("system", FilingSystem.class),
                    json.requiredConstant("kind", FilingKind.class),
                    json.requiredDate("since"),
                    json.text("reference"));
            if (filing.system() != system || (kind != null && filing.kind() != kind)) {
                throw new MalformedResponseException("the answer is about another system or kind (fields system, kind)");
            }
            return filing;
        });
    }
}
