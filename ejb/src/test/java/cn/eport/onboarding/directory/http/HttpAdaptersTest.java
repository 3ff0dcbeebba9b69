package cn.eport.onboarding.directory.http;

import cn.eport.onboarding.directory.CustomsEnterpriseRecord;
import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.directory.DirectoryResult;
import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.directory.FilingSystem;
import cn.eport.onboarding.directory.ForexDeregistration;
import cn.eport.onboarding.directory.ForexEnterpriseRecord;
import cn.eport.onboarding.directory.PendingFiling;
import cn.eport.onboarding.directory.http.ScriptedTransport.Reply;
import cn.eport.onboarding.directory.http.ScriptedTransport.Request;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each HTTP adapter asks its path of the contract (docs/directories-http.md) and reads its fields. */
class HttpAdaptersTest {

    private static final String USCC = "91320505MA1P3DWR8D";

    private final ScriptedTransport server = new ScriptedTransport();

    private HttpDirectoryClient client(Directory directory) {
        return new HttpDirectoryClient(directory, new HttpSettings(URI.create("http://127.0.0.1:9/api/"),
                Duration.ofMillis(500), Duration.ofSeconds(2), 0, Duration.ZERO), server, Attempts.ONCE);
    }

    private Request onlyRequest() {
        assertEquals(1, server.requests().size());
        return server.requests().get(0);
    }

    @Test
    void forexEnterpriseDirectory() {
        server.replies(Reply.json("""
                {"uscc": "91320505MA1P3DWR8D", "enterpriseName": "苏州虎丘示例精密机械有限公司",
                 "legalPersonName": null, "forexBureauCode": "320500"}"""));
        DirectoryResult<ForexEnterpriseRecord> result = new HttpForexEnterpriseDirectory(client(Directory.FOREX_ENTERPRISES)).find(USCC);
        assertEquals(new ForexEnterpriseRecord(USCC, "苏州虎丘示例精密机械有限公司", null, "320500"), result.recordIfFound().orElseThrow());
        assertEquals(new Request("forex-enterprises", USCC, Map.of()), onlyRequest());
    }

    @Test
    void forexDeregistrationList() {
        server.replies(Reply.json("""
                {"uscc": "91320505MA1P3DWR8D", "deregisteredOn": "2025-06-30", "reason": "企业申请注销外汇登记"}"""));
        DirectoryResult<ForexDeregistration> result = new HttpForexDeregistrationList(client(Directory.FOREX_DEREGISTRATIONS)).find(USCC);
        assertEquals(new ForexDeregistration(USCC, null, LocalDate.of(2025, 6, 30), "企业申请注销外汇登记", null),
                result.recordIfFound().orElseThrow());
        assertEquals(new Request("forex-deregistrations", USCC, Map.of()), onlyRequest());
    }

    @Test
    void aDeregistrationWithoutItsDateIsMalformed() {
        server.replies(Reply.json("{\"uscc\": \"91320505MA1P3DWR8D\", \"reason\": \"x\"}"));
        DirectoryResult.Unavailable<?> result = assertInstanceOf(DirectoryResult.Unavailable.class,
                new HttpForexDeregistrationList(client(Directory.FOREX_DEREGISTRATIONS)).find(USCC));
        assertEquals(DirectoryResult.Reason.MALFORMED_RESPONSE, result.reason());
        assertEquals("directory.forexDeregistrations.unavailable", result.messageKey());
    }

    @Test
    void customsEnterpriseRecords() {
        server.replies(Reply.json("""
                {"uscc": "91320505MA1P3DWR8D", "enterpriseName": "苏州虎丘示例精密机械有限公司",
                 "customsCode": "3205930742", "customsDistrictCode": "2300", "registeredOn": "2016-01-12"}"""));
        DirectoryResult<CustomsEnterpriseRecord> result = new HttpCustomsEnterpriseRecords(client(Directory.CUSTOMS_RECORDS)).find(USCC);
        assertEquals(new CustomsEnterpriseRecord(USCC, "苏州虎丘示例精密机械有限公司", "3205930742", "2300",
                LocalDate.of(2016, 1, 12)), result.recordIfFound().orElseThrow());
        assertEquals(new Request("customs-records", USCC, Map.of()), onlyRequest());
    }

    @Test
    void pendingFilingsAskBySystemAndOptionallyByKind() {
        server.replies(Reply.json("""
                {"uscc": "91320505MA1P3DWR8D", "system": "OLD_SYSTEM", "kind": "FOREX",
                 "since": "2026-10-08", "reference": "WH2026100800052"}"""));
        HttpPendingFilings pending = new HttpPendingFilings(client(Directory.PENDING_FILINGS));

        assertEquals(new PendingFiling(USCC, FilingSystem.OLD_SYSTEM, FilingKind.FOREX, LocalDate.of(2026, 10, 8),
                "WH2026100800052"), pending.find(USCC, FilingSystem.OLD_SYSTEM).recordIfFound().orElseThrow());
        assertEquals(true, pending.find(USCC, FilingSystem.OLD_SYSTEM, FilingKind.FOREX).isFound());
        assertEquals(List.of(new Request("pending-filings", USCC, Map.of("system", "OLD_SYSTEM")),
                new Request("pending-filings", USCC, Map.of("system", "OLD_SYSTEM", "kind", "FOREX"))), server.requests());
    }

    @Test
    void aPendingFilingOfAnotherSystemOrKindIsMalformed() {
        server.replies(Reply.json("""
                {"uscc": "91320505MA1P3DWR8D", "system": "OLD_SYSTEM", "kind": "FOREX", "since": "2026-10-08"}"""));
        HttpPendingFilings pending = new HttpPendingFilings(client(Directory.PENDING_FILINGS));
        assertEquals(DirectoryResult.Reason.MALFORMED_RESPONSE, assertInstanceOf(DirectoryResult.Unavailable.class,
                pending.find(USCC, FilingSystem.RA_SYSTEM)).reason());
        assertEquals(DirectoryResult.Reason.MALFORMED_RESPONSE, assertInstanceOf(DirectoryResult.Unavailable.class,
                pending.find(USCC, FilingSystem.OLD_SYSTEM, FilingKind.MOFCOM)).reason());
    }

    @Test
    void anUnknownSystemNameIsMalformed() {
        server.replies(Reply.json("""
                {"uscc": "91320505MA1P3DWR8D", "system": "old", "kind": "FOREX", "since": "2026-10-08"}"""));
        assertInstanceOf(DirectoryResult.Unavailable.class,
                new HttpPendingFilings(client(Directory.PENDING_FILINGS)).find(USCC, FilingSystem.OLD_SYSTEM));
    }

    @Test
    void eachAdapterNeedsTheClientOfItsOwnDirectory() {
        assertThrows(IllegalArgumentException.class, () -> new HttpPendingFilings(client(Directory.REGISTRY)));
        assertThrows(IllegalArgumentException.class, () -> new HttpRegistryDirectory(client(Directory.CUSTOMS_RECORDS)));
    }
}
