package cn.eport.onboarding.web.api.mapping;

import cn.eport.onboarding.web.api.ApiRefusal;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request the API itself refused (a missing header, an unreadable body): its problem as it stands. */
@Provider
public class ApiRefusalMapper implements ExceptionMapper<ApiRefusal> {

    @Override
    public Response toResponse(ApiRefusal refusal) {
        return refusal.problem().response();
    }
}
