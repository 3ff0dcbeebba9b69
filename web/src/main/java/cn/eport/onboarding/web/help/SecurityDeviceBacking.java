package cn.eport.onboarding.web.help;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * /help/security-device (F-80): how to buy the IC card / key from the official shop, with the data
 * centre that makes the card and its hotlines. Shop, centre and numbers are configuration, because
 * each data sub-centre that deploys the system has its own.
 */
@Named
@ApplicationScoped
public class SecurityDeviceBacking {

    @Inject
    @ConfigProperty(name = "eport.help.shop-url", defaultValue = "http://th-mall.cn")
    private String shopUrl;

    @Inject
    @ConfigProperty(name = "eport.help.data-centre", defaultValue = "满洲里数据分中心")
    private String dataCentre;

    @Inject
    @ConfigProperty(name = "eport.help.hotlines", defaultValue = "0470-2299089,0470-2299090")
    private List<String> hotlines;

    public String getShopUrl() {
        return shopUrl;
    }

    /** The shop's address as people type it: without the scheme. */
    public String getShopName() {
        return shopUrl.replaceFirst("^https?://", "").replaceFirst("/$", "");
    }

    public String getDataCentre() {
        return dataCentre;
    }

    public List<String> getHotlines() {
        return hotlines;
    }
}
