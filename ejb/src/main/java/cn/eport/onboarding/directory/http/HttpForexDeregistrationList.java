package cn.eport.onboarding.directory.http;

import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.directory.ForexDeregistration;
import cn.eport.onboarding.directory.ForexDeregistrationList;

/** {@link ForexDeregistrationList} over HTTP: {@code GET {url}/forex-deregistrations/{uscc}}. */
public final class HttpForexDeregistrationList extends HttpByUscc<ForexDeregistration> implements ForexDeregistrationList {

    public HttpForexDeregistrationList(HttpDirectoryClient client) {
        super(Directory.FOREX_DEREGISTRATIONS, client, "forex-deregistrations", json -> new ForexDeregistration(
                json.uscc(),
                json.text("enterpriseName"),
                json.requiredDate("deregisteredOn"),
                json.text("reason"),
                json.text("forexBureauCode")));
    }
}
