package cn.eport.onboarding.directory.http;

import cn.eport.onboarding.directory.CustomsEnterpriseRecord;
import cn.eport.onboarding.directory.CustomsEnterpriseRecords;
import cn.eport.onboarding.directory.Directory;

/** {@link CustomsEnterpriseRecords} over HTTP: {@code GET {url}/customs-records/{uscc}}. */
public final class HttpCustomsEnterpriseRecords extends HttpByUscc<CustomsEnterpriseRecord> implements CustomsEnterpriseRecords {

    public HttpCustomsEnterpriseRecords(HttpDirectoryClient client) {
        super(Directory.CUSTOMS_RECORDS, client, "customs-records", json -> new CustomsEnterpriseRecord(
                json.uscc(),
                json.text("enterpriseName"),
                json.requiredText("customsCode"),
                json.requiredText("customsDistrictCode"),
                json.date("registeredOn")));
    }
}
