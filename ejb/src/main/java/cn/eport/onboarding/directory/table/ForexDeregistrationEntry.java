package cn.eport.onboarding.directory.table;

import cn.eport.onboarding.directory.ForexDeregistration;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code dir_forex_dereg}: the forex deregistration list (外汇注销名录). */
@Entity
@Table(name = "dir_forex_dereg")
public class ForexDeregistrationEntry extends DirectoryEntry {

    @Column(name = "enterprise_name", length = 200)
    private String enterpriseName;

    @Column(name = "deregistered_on", nullable = false)
    private LocalDate deregisteredOn;

    @Column(length = 500)
    private String reason;

    @Column(name = "forex_bureau", length = 16)
    private String forexBureauCode;

    protected ForexDeregistrationEntry() {
    }

    public ForexDeregistrationEntry(ForexDeregistration record, Instant syncedAt) {
        super(record.uscc(), syncedAt);
        enterpriseName = record.enterpriseName();
        deregisteredOn = record.deregisteredOn();
        reason = record.reason();
        forexBureauCode = record.forexBureauCode();
    }

    public ForexDeregistration toRecord() {
        return new ForexDeregistration(getUscc(), enterpriseName, deregisteredOn, reason, forexBureauCode);
    }
}
