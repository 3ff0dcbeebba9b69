package cn.eport.onboarding.directory.http;

import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.directory.ForexEnterpriseDirectory;
import cn.eport.onboarding.directory.ForexEnterpriseRecord;

/** {@link ForexEnterpriseDirectory} over HTTP: {@code GET {url}/forex-enterprises/{uscc}}. */
public final class HttpForexEnterpriseDirectory extends HttpByUscc<ForexEnterpriseRecord> implements ForexEnterpriseDirectory {

    public HttpForexEnterpriseDirectory(HttpDirectoryClient client) {
        super(Directory.FOREX_ENTERPRISES, client, "forex-enterprises", json -> new ForexEnterpriseRecord(
                json.uscc(),
                json.requiredText("enterpriseName"),
                json.text("legalPersonName"),
                json.requiredText("forexBureauCode")));
    }
}
