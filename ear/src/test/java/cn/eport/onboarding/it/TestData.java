package cn.eport.onboarding.it;

import cn.eport.onboarding.validation.UsccValidator;

import cn.eport.onboarding.card.CardDetails;
import cn.eport.onboarding.card.ReissueReason;
import cn.eport.onboarding.customs.CustomsFilingDetails;
import cn.eport.onboarding.enterprise.RegistrationDetails;

import cn.eport.onboarding.mofcom.MofcomDetails;
import cn.eport.onboarding.mofcom.OperatorType;
import cn.eport.onboarding.operator.OperatorDetails;
import cn.eport.onboarding.operator.OperatorInput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Unique test values, so tests never depend on each other's data in the shared run database. */
public final class TestData {

    private TestData() {
    }

    /** A fresh USCC with a correct check character (enterprise, Beijing Haidian). */
    public static String newUscc() {
        StringBuilder code = new StringBuilder("91110108");
        for (int i = 0; i < 9; i++) {
            code.append(UsccValidator.ALPHABET.charAt(ThreadLocalRandom.current().nextInt(10)));
        }
        return code.append(UsccValidator.checkCharacter(code.toString())).toString();
    }

    /** 三证合一 details that may be declared: complete and valid, in the given customs district. */
    public static RegistrationDetails completeRegistration(String customsDistrict) {
        RegistrationDetails d = new RegistrationDetails();
        d.setLegalPersonType("1");
        d.setEnterpriseType("6");
        d.setBusinessAuthorityCode("110108");
        d.setTaxAuthorityCode("11101080000");
        d.setQualityAuthorityCode("110108");
        d.setRegisteredCapital(new BigDecimal("500"));
        d.setCapitalUnit("WAN_YUAN");
        d.setIssuingAuthorityName("北京市海淀区市场监督管理局");
        d.setEnterpriseStatus("1");
        d.setCustomsDistrictCode(customsDistrict);
        d.setRegisteredAddress("北京市海淀区中关村大街1号");
        d.setContactName("张伟");
        d.setContactPhone("010-62345678");
        return d;
    }

    /**
     * 补办法人卡 details that may be declared: the legal person's valid resident ID, reason 遗失, 主管海关
     * 北京 (used only by an enterprise without a 三证合一 record naming one).
     */
    public static CardDetails completeCard() {
        CardDetails d = new CardDetails();
        d.setCustomsDistrictCode("0100");
        d.setReason(ReissueReason.LOST);
        d.setIdTypeCode("201");
        d.setIdNumber("11010119900307002X");
        d.setContactName("张伟");
        d.setContactPhone("13800138000");
        return d;
    }

    /**
     * 商务部备案 details that may be declared: what the enterprise completes itself (the server fills in
     * what its 三证合一 record states); 主管机关 北京市海淀区商务局.
     */
    public static MofcomDetails completeMofcom() {
        MofcomDetails d = new MofcomDetails();
        d.setOperatorNameEn("Beijing Sample Import & Export Trading Co., Ltd.");
        d.setOperatorType(OperatorType.PRIVATE);
        d.setPremisesZh("北京市海淀区中关村大街1号");
        d.setPremisesEn("No. 1 Zhongguancun Street, Haidian District, Beijing");
        d.setPhone("010-62345678");
        d.setPostcode("100080");
        d.setEmail("trade@example.com.cn");
        d.setBusinessRegistrationDate(LocalDate.of(2016, 3, 18));
        d.setCapitalUsd(new BigDecimal("70.5"));
        d.setAuthorityCode("110108");
        return d;
    }

    /**
     * 海关备案授权 details that may be declared under this 主管海关: 北京市海淀区, 其他 (no special zone),
     * 批发和零售业.
     */
    public static CustomsFilingDetails completeCustomsFiling(String customsDistrict) {
        CustomsFilingDetails d = new CustomsFilingDetails();
        d.setCustomsDistrictCode(customsDistrict);
        d.setFilingCustomsCode("9401");
        d.setBusinessCategory("1");
        d.setDivisionCode("110108");
        d.setEconomicZone("9");
        d.setIndustryCode("F");
        d.setBusinessScope("货物进出口；技术进出口。");
        d.setContactName("王报关");
        d.setContactPhone("010-62345678");
        return d;
    }

    /**
     * 操作员 details that may be declared: a fresh 居民身份证 number (a man born 1960-1999; gender and birth
     * date follow from it), a name, a mobile number and an e-mail address. Fresh, since a person is
     * entered once per enterprise.
     */
    public static OperatorDetails completeOperator() {
        return OperatorDetails.of(new OperatorInput("201", newResidentId(), "测试操作员", null, null,
                "13800138000", null, "operator@example.cn", null, null));
    }

    /** A fresh valid 居民身份证 number of a man born 1960-1999 (a person is entered once per enterprise). */
    public static String newResidentId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = String.format("110105%04d%02d%02d%02d%d", 1960 + random.nextInt(40), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(100), 2 * random.nextInt(5) + 1);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    public static String newUsername(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }
}
