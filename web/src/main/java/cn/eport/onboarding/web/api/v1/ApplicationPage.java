package cn.eport.onboarding.web.api.v1;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a list: which page, its size, how many there are in all, and the page's items. */
@Schema(name = "ApplicationPage")
@JsonbPropertyOrder({"page", "size", "total", "items"})
public record ApplicationPage(@Schema(example = "0") int page, @Schema(example = "20") int size,
                              @Schema(example = "1") long total, List<ApplicationItem> items) {
}
