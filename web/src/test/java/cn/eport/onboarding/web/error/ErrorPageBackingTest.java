package cn.eport.onboarding.web.error;

import cn.eport.onboarding.attachment.AttachmentRefusedException;
import cn.eport.onboarding.enterprise.RegistrationNotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which page an error gets: what the application decided, else the exception, else the status. */
class ErrorPageBackingTest {

    @ParameterizedTest
    @CsvSource({"400, BAD_REQUEST", "401, REFUSED", "403, FORBIDDEN", "404, NOT_FOUND", "405, REFUSED",
            "413, REFUSED", "415, REFUSED", "500, SERVER_ERROR", "503, SERVER_ERROR"})
    void theStatusDecidesWhenNothingElseDoes(int status, ErrorKind kind) {
        assertEquals(kind, ErrorPageBacking.kindOf(Map.of(RequestDispatcher.ERROR_STATUS_CODE, status)));
    }

    @Test
    void clientFaultsAreFoundAmongTheCauses() {
        assertEquals(Optional.of(ErrorKind.EXPIRED),
                ClientFaults.of(new FacesException(new ViewExpiredException("gone", "/x.xhtml"))));
        assertEquals(Optional.of(ErrorKind.NOT_FOUND),
                ClientFaults.of(new ELException(new AttachmentRefusedException(AttachmentRefusedException.Reason.NOT_FOUND))));
        assertEquals(Optional.of(ErrorKind.NOT_FOUND), ClientFaults.of(new RegistrationNotFoundException(7L)));
        assertEquals(Optional.of(ErrorKind.FORBIDDEN), ClientFaults.of(new EJBAccessException("no role")));
        assertEquals(Optional.empty(),
                ClientFaults.of(new AttachmentRefusedException(AttachmentRefusedException.Reason.TOO_LARGE)));
        assertEquals(Optional.empty(), ClientFaults.of(new FacesException(new IllegalStateException("bug"))));
    }

    @Test
    void anAjaxExceptionShowsTheKindOfItsCauseAndOtherwiseTheServerError() {
        Map<String, Object> request = new HashMap<>();
        request.put(RequestDispatcher.ERROR_STATUS_CODE, 500); // what the Ajax exception handler reports
        request.put(RequestDispatcher.ERROR_EXCEPTION, new AttachmentRefusedException(AttachmentRefusedException.Reason.NOT_FOUND));
        assertEquals(ErrorKind.NOT_FOUND, ErrorPageBacking.kindOf(request));
        request.put(RequestDispatcher.ERROR_EXCEPTION, new NullPointerException());
        assertEquals(ErrorKind.SERVER_ERROR, ErrorPageBacking.kindOf(request));
    }

    @Test
    void whatTheApplicationDecidedComesFirst() {
        assertEquals(ErrorKind.REFUSED, ErrorPageBacking.kindOf(Map.of(ErrorPages.KIND_ATTRIBUTE, ErrorKind.REFUSED,
                RequestDispatcher.ERROR_STATUS_CODE, 403)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cn.eport.onboarding.i18n.messages", "cn.eport.onboarding.i18n.messages_en"})
    void eachKindHasItsSectionIdAndTextsInBothLanguages(String bundle) {
        ResourceBundle texts = ResourceBundle.getBundle(bundle, Locale.ROOT);
        for (ErrorKind kind : ErrorKind.values()) {
            assertTrue(kind.getId().startsWith("error-"), kind.getId());
            assertFalse(texts.getString(kind.getTitleKey()).isBlank(), kind.getTitleKey());
            assertFalse(texts.getString(kind.getTextKey()).isBlank(), kind.getTextKey());
        }
        assertEquals("error-not-found", ErrorKind.NOT_FOUND.getId());
    }
}
