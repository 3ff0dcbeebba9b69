package cn.eport.onboarding.forex;

import cn.eport.onboarding.time.BusinessCalendar;

import java.time.Instant;

/**
 * The 外汇登记编号 an approved forex filing gets (ADR 0017): the 6-digit code of the 主管外汇局 that keeps
 * the enterprise's directory entry, the year of approval (Beijing time) and a sequence number of at
 * least six digits, e.g. {@code 1100002026000123}. The sequence is one database sequence for every
 * bureau, so numbers are unique without locking; they tell where and when, not how many.
 */
public final class ForexRegistrationNumber {

    /** The database sequence the numbers are drawn from (V16). */
    public static final String SEQUENCE = "forex_reg_no_seq";

    private ForexRegistrationNumber() {
    }

    public static String of(String forexBureauCode, Instant approvedAt, long sequence) {
        if (forexBureauCode == null || !forexBureauCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("a forex bureau code has 6 digits: " + forexBureauCode);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1: " + sequence);
        }
        return String.format("%s%d%06d", forexBureauCode, approvedAt.atZone(BusinessCalendar.ZONE).getYear(), sequence);
    }
}
