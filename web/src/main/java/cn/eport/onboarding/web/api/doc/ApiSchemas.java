package cn.eport.onboarding.web.api.doc;

import cn.eport.onboarding.web.api.v1.ApiKind;
import cn.eport.onboarding.web.api.v1.ApplicationItem;
import cn.eport.onboarding.web.api.v1.ApplicationPage;
import cn.eport.onboarding.web.api.v1.ApplicationView;
import cn.eport.onboarding.web.api.v1.AttachmentView;
import cn.eport.onboarding.web.api.v1.CodeItem;
import cn.eport.onboarding.web.api.v1.HistoryView;
import cn.eport.onboarding.web.api.v1.MarkView;
import cn.eport.onboarding.web.api.v1.Me;
import cn.eport.onboarding.web.api.v1.TaskItem;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The component schemas of every record the published API reads or writes ({@link RecordSchemas}),
 * in place of the scanner's; each kind's details with its example body
 * ({@code examples/<kind path>.json}, a body its create accepts).
 */
final class ApiSchemas {

    private static final List<Class<?>> ANSWERS = List.of(Me.class, TaskItem.class, CodeItem.class,
            ApplicationPage.class, ApplicationItem.class, ApplicationView.class, AttachmentView.class,
            HistoryView.class, MarkView.class);

    private ApiSchemas() {
    }

    static void writeInto(OpenAPI document) {
        List<Class<?>> roots = new ArrayList<>(ANSWERS);
        Map<Class<?>, Object> examples = new LinkedHashMap<>();
        for (ApiKind kind : ApiKind.values()) {
            roots.add(kind.detailsType());
            examples.put(kind.detailsType(), RecordSchemas.json(example(kind)));
        }
        new RecordSchemas(examples).of(roots).forEach(document.getComponents()::addSchema);
    }

    /** The example body of a kind's create, as the document shows it. */
    static String example(ApiKind kind) {
        String resource = "examples/" + kind.path() + ".json";
        try (InputStream in = ApiSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
