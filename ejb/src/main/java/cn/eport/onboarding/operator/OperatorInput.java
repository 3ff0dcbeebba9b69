package cn.eport.onboarding.operator;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One operator as entered: on the 操作员信息预录入 form or as a row of a bulk import. Plain values,
 * as typed; {@link OperatorRules} cleans them up and checks them the same way for both.
 *
 * @param idType    证件类别: a code of the ID_TYPE code table (201 居民身份证 …)
 * @param idNumber  证件号码
 * @param name      姓名
 * @param gender    性别; derived from an 18-digit resident ID when not given
 * @param birthDate 出生日期; derived from an 18-digit resident ID when not given
 * @param mobile    手机号码
 * @param phone     固定电话
 * @param email     电子邮箱
 * @param address   联系地址
 * @param postcode  邮政编码
 */
public record OperatorInput(String idType, String idNumber, String name, Gender gender, LocalDate birthDate,
                            String mobile, String phone, String email, String address, String postcode) implements Serializable {

    /** Nothing entered. */
    public static OperatorInput blank() {
        return new OperatorInput(null, null, null, null, null, null, null, null, null, null);
    }
}
