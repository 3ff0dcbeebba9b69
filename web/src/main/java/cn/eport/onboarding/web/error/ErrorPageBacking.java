package cn.eport.onboarding.web.error;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

import java.util.Map;

/**
 * The error page (WEB-INF/errors/error.xhtml, web.xml's one error page for every status): which
 * kind to show, from what the application decided ({@link ErrorPages#send}), else from the exception
 * (for Ajax requests the exception handler renders this page in place of the answer), else from
 * the status the servlet container reports.
 */
@Named("errorPage")
@RequestScoped
public class ErrorPageBacking {

    @Inject
    private FacesContext facesContext;

    private ErrorKind kind;

    public ErrorKind getKind() {
        if (kind == null) {
            kind = kindOf(facesContext.getExternalContext().getRequestMap());
        }
        return kind;
    }

    static ErrorKind kindOf(Map<String, Object> request) {
        if (request.get(ErrorPages.KIND_ATTRIBUTE) instanceof ErrorKind decided) {
            return decided;
        }
        if (request.get(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable exception) {
            return ClientFaults.of(exception).orElse(ErrorKind.SERVER_ERROR);
        }
        return request.get(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status
                ? ErrorKind.ofStatus(status) : ErrorKind.SERVER_ERROR;
    }
}
