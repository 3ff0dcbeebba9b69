package cn.eport.onboarding.codetable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One code of a code table: code, Chinese and English name, parent, validity and active flag;
 * customs districts also carry their card-issuing office (发卡机构, F-13). Versioned by valid-from /
 * valid-to: a code is never deleted, it expires or is deactivated. Serializable because pages keep
 * the entries they show in their view state.
 */
@Entity
@Table(name = "code_entry")
public class CodeEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Also the step of {@code code_entry_seq}; {@link CodeEntryWriter} hands out ids the same way. */
    static final int ALLOCATION_SIZE = 50;

    @Id
    @SequenceGenerator(name = "code_entry_seq", sequenceName = "code_entry_seq", allocationSize = ALLOCATION_SIZE)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "code_entry_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "table_name", nullable = false, length = 40)
    private CodeTable table;

    @Column(nullable = false, length = CodeSyntax.MAX_LENGTH)
    private String code;

    @Column(name = "name_zh", nullable = false, length = NewCodeEntry.MAX_NAME_LENGTH)
    private String nameZh;

    @Column(name = "name_en", length = NewCodeEntry.MAX_NAME_LENGTH)
    private String nameEn;

    @Column(name = "parent_code", length = CodeSyntax.MAX_LENGTH)
    private String parentCode;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "card_issuer_code", length = CodeSyntax.MAX_LENGTH)
    private String cardIssuerCode;

    @Column(name = "card_issuer_name", length = NewCodeEntry.MAX_NAME_LENGTH)
    private String cardIssuerName;

    protected CodeEntry() {
    }

    public CodeEntry(NewCodeEntry entry, LocalDate validFrom) {
        this.table = entry.table();
        this.code = entry.code();
        this.nameZh = entry.nameZh();
        this.nameEn = entry.nameEn();
        this.parentCode = entry.parentCode();
        this.cardIssuerCode = entry.cardIssuerCode();
        this.cardIssuerName = entry.cardIssuerName();
        this.validFrom = validFrom;
        this.active = true;
    }

    public CodeStatus statusOn(LocalDate day) {
        return CodeStatus.of(active, validFrom, validTo, day);
    }

    public CodeSuggestion toSuggestion() {
        return new CodeSuggestion(code, nameZh);
    }

    public Long getId() {
        return id;
    }

    public CodeTable getTable() {
        return table;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getParentCode() {
        return parentCode;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public boolean isActive() {
        return active;
    }

    public String getCardIssuerCode() {
        return cardIssuerCode;
    }

    public String getCardIssuerName() {
        return cardIssuerName;
    }
}
