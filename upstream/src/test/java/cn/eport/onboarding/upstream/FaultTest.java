package cn.eport.onboarding.upstream;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FaultTest {

    @Test
    void segmentsNameTheirFault() {
        assertEquals(Optional.of(new Fault(Fault.Kind.STATUS, 503)), Fault.parse("status-503"));
        assertEquals(Optional.of(new Fault(Fault.Kind.STATUS, 429)), Fault.parse("status-429~t1"));
        assertEquals(Optional.of(new Fault(Fault.Kind.SLOW, 2500)), Fault.parse("slow-2500~a.b-c"));
        assertEquals(Optional.of(new Fault(Fault.Kind.MALFORMED, 0)), Fault.parse("malformed"));
        assertEquals(Optional.of(new Fault(Fault.Kind.HUGE, 0)), Fault.parse("huge~x"));
        assertEquals(Optional.of(new Fault(Fault.Kind.FLAKY, 2)), Fault.parse("flaky-2~abc"));
    }

    @Test
    void anythingElseIsNoFault() {
        for (String segment : new String[]{"", "status", "status-200", "status-600", "slow", "slow-60001", "malformed-3",
                "flaky", "STATUS-503", "status-503~", "status-503~a/b", "boom"}) {
            assertEquals(Optional.empty(), Fault.parse(segment), segment);
        }
        assertEquals(Optional.empty(), Fault.parse(null));
    }

    @Test
    void contentTypesFollowTheExtension() {
        assertEquals("text/csv", ServedFiles.contentTypeOf("customs-districts.CSV"));
        assertEquals("application/xml", ServedFiles.contentTypeOf("registry.xml"));
        assertEquals("application/octet-stream", ServedFiles.contentTypeOf("data.bin"));
    }
}
