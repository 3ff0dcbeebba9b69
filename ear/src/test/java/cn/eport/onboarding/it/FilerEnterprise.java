package cn.eport.onboarding.it;

import cn.eport.onboarding.account.AccountService;
import cn.eport.onboarding.account.NewAccount;
import cn.eport.onboarding.account.Role;
import cn.eport.onboarding.enterprise.Enterprise;
import cn.eport.onboarding.enterprise.EnterpriseService;
import cn.eport.onboarding.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.EnumSet;

/**
 * Gives the run-as enterprise user {@value #FILER} ({@link RunAsEnterpriseUser.Filer}) a new enterprise
 * of its own: a filing is one per enterprise, so each test that files needs a fresh one, while an
 * in-container test can only act as the principals its deployment names. The account is opened
 * once; afterwards it is moved to each new enterprise (the account's enterprise column; the
 * persistence unit has no shared cache, so the next lookup sees it). Test classes run one after
 * another, so no two tests move it at once.
 */
@Stateless
@PermitAll
public class FilerEnterprise {

    /** The run-as enterprise user whose enterprise each test chooses. */
    public static final String FILER = "it-filer";

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private EnterpriseService enterprises;

    @Inject
    private AccountService accounts;

    /** A new enterprise (valid USCC, nothing filed, no 三证合一 record), now {@value #FILER}'s: its USCC. */
    public String moveToNew(String name, String legalPerson) {
        String uscc = TestData.newUscc();
        Enterprise enterprise = enterprises.add(uscc, name, legalPerson);
        if (accounts.find(FILER).isEmpty()) {
            accounts.open(new NewAccount(FILER, RunAsReviewer.PASSWORD.toCharArray(), "备案测试员", EnumSet.of(Role.ENTERPRISE), uscc));
            return uscc;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE account SET enterprise_id = ? WHERE username = ?")) {
            update.setLong(1, enterprise.getId());
            update.setString(2, FILER);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no account " + FILER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return uscc;
    }
}
