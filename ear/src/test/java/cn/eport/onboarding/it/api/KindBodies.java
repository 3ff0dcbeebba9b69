package cn.eport.onboarding.it.api;

import cn.eport.onboarding.it.TestData;

/**
 * JSON bodies (the {@code details} of create and update) that the kinds' rules accept for 申报, for an
 * enterprise joined in customs district {@value #DISTRICT}; the values of TestData, as an API client sends them.
 */
final class KindBodies {

    static final String DISTRICT = "9500";

    private KindBodies() {
    }

    /** A 三证合一 record; without 联系电话 when {@code contactPhone} is null (a draft may lack it, 申报 may not). */
    static String registration(String contactPhone) {
        return """
                {"legalPersonType":"1","enterpriseType":"6","businessAuthorityCode":"110108",
                 "taxAuthorityCode":"11101080000","qualityAuthorityCode":"110108","registeredCapital":500,
                 "capitalUnit":"WAN_YUAN","issuingAuthorityName":"北京市海淀区市场监督管理局","enterpriseStatus":"1",
                 "customsDistrictCode":"%s","registeredAddress":"北京市海淀区中关村大街1号","contactName":"张伟"%s}"""
                .formatted(DISTRICT, contactPhone == null ? "" : ",\"contactPhone\":\"" + contactPhone + "\"");
    }

    /** A complete body of the kind (its API path); {@code contactName} varies to tell an update from the create. */
    static String complete(String kind, String contactName) {
        return switch (kind) {
            case "registrations" -> registration("010-62345678").replace("张伟", contactName);
            case "legal-person-cards" -> """
                    {"customsDistrictCode":"0100","reason":"LOST","idTypeCode":"201","idNumber":"11010119900307002X",
                     "contactName":"%s","contactPhone":"13800138000"}""".formatted(contactName);
            case "mofcom-filings" -> """
                    {"operatorNameEn":"Beijing API Sample Trading Co., Ltd.","operatorType":"PRIVATE",
                     "premisesZh":"北京市海淀区中关村大街1号","premisesEn":"No. 1 Zhongguancun Street, Haidian District, Beijing",
                     "phone":"010-62345678","postcode":"100080","email":"trade@example.com.cn",
                     "businessRegistrationDate":"2016-03-18","capitalUsd":70.5,"authorityCode":"110108"}""";
            case "customs-filings" -> """
                    {"customsDistrictCode":"%s","filingCustomsCode":"9401","businessCategory":"1","divisionCode":"110108",
                     "economicZone":"9","industryCode":"F","businessScope":"货物进出口；技术进出口。","contactName":"%s",
                     "contactPhone":"010-62345678"}""".formatted(DISTRICT, contactName);
            case "forex-filings" -> """
                    {"forexBureauCode":"110000","businessScope":"货物进出口；技术进出口。","contactName":"%s",
                     "contactPhone":"010-62345678","contactEmail":"wang.fang@example.com"}""".formatted(contactName);
            case "operators" -> """
                    {"idTypeCode":"201","idNumber":"%s","name":"%s","mobile":"13800138000","email":"operator@example.cn"}"""
                    .formatted(TestData.newResidentId(), contactName);
            default -> throw new IllegalArgumentException(kind);
        };
    }
}
