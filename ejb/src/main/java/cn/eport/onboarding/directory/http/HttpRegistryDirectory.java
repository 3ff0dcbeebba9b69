package cn.eport.onboarding.directory.http;

import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.directory.RegistryDirectory;
import cn.eport.onboarding.directory.RegistryRecord;

/** {@link RegistryDirectory} over HTTP: {@code GET {url}/registry-records/{uscc}}. */
public final class HttpRegistryDirectory extends HttpByUscc<RegistryRecord> implements RegistryDirectory {

    public HttpRegistryDirectory(HttpDirectoryClient client) {
        super(Directory.REGISTRY, client, "registry-records", json -> new RegistryRecord(
                json.uscc(),
                json.requiredText("enterpriseName"),
                json.text("legalPersonName"),
                json.text("legalPersonTypeCode"),
                json.text("enterpriseTypeCode"),
                json.requiredText("statusCode"),
                json.decimal("registeredCapital"),
                json.text("capitalUnitCode"),
                json.text("address"),
                json.text("issuingAuthorityName"),
                json.text("registrationAuthorityCode"),
                json.date("establishedOn"),
                json.text("businessScope")));
    }
}
