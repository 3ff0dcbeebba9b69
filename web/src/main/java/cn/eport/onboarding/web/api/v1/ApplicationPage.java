package cn.eport.onboarding.web.api.v1;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a kind's list: which page, its size, how many match in all, and its rows (last changed first). */
@Schema(name = "ApplicationPage", description = "分页列表 / one page of a list, last changed first")
public record ApplicationPage(
        @Schema(example = "1") int page,
        @Schema(example = "20") int size,
        @Schema(description = "符合条件的总数 / how many match in all", example = "42") long total,
        List<ApplicationRow> items) {
}
