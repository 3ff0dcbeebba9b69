package cn.eport.onboarding.web.api.doc;

import cn.eport.onboarding.web.api.v1.ListParameters;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.math.BigDecimal;

/**
 * The filters and paging every list takes (业务办理状态查询's), once, as reusable parameters that
 * the list operations name ({@code @Parameter(ref = "status")}).
 */
final class ListParameterDocs {

    private ListParameterDocs() {
    }

    static void addTo(Components components) {
        components.addParameter("kind", query("kind", "只列此类申请 / only applications of this kind",
                RecordSchemas.constants(ApplicationKind.class), "CUSTOMS_FILING"));
        components.addParameter("status", query("status", "只列此状态 / only applications in this status",
                RecordSchemas.constants(ApplicationStatus.class), "RETURNED"));
        components.addParameter("declaredFrom", query("declaredFrom",
                "申报日期起（北京时间）/ declared on or after this day (Beijing time)", date(), "2026-01-01"));
        components.addParameter("declaredTo", query("declaredTo",
                "申报日期止（北京时间）/ declared on or before this day (Beijing time)", date(), "2026-12-31"));
        components.addParameter("page", query("page", "页码，从 0 起 / the page, from 0",
                OASFactory.createSchema().type(Schema.SchemaType.INTEGER).minimum(BigDecimal.ZERO).defaultValue(0), 0));
        components.addParameter("size", query("size", "每页条数 / rows per page",
                OASFactory.createSchema().type(Schema.SchemaType.INTEGER).minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.valueOf(ListParameters.MAX_SIZE)).defaultValue(20), 20));
    }

    private static Schema date() {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date");
    }

    private static Parameter query(String name, String description, Schema schema, Object example) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY).description(description)
                .schema(schema).example(example);
    }
}
