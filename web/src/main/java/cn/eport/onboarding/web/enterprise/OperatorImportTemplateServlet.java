package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.operator.bulk.ImportTemplate;
import cn.eport.onboarding.web.attachment.FileDownload;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The operator import templates: {@code /enterprise/operator-import-template.xlsx} and
 * {@code .csv} (the Chinese column headings and an example row). Enterprise users only (web.xml, as
 * every /enterprise URL); the same file for every enterprise, nothing of anyone's data in it. Any other
 * name is a 404.
 */
@WebServlet(urlPatterns = {OperatorImportTemplateServlet.XLSX, OperatorImportTemplateServlet.CSV})
public class OperatorImportTemplateServlet extends HttpServlet {

    public static final String XLSX = "/enterprise/operator-import-template.xlsx";
    public static final String CSV = "/enterprise/operator-import-template.csv";
    private static final long serialVersionUID = 1L;

    private record Download(String mediaType, String fileName, Supplier<byte[]> content) {
    }

    private static final Map<String, Download> DOWNLOADS = Map.of(
            XLSX, new Download("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "操作员导入模板.xlsx",
                    ImportTemplate::xlsx),
            CSV, new Download("text/csv;charset=UTF-8", "操作员导入模板.csv", ImportTemplate::csv));

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Download download = DOWNLOADS.get(request.getServletPath());
        if (download == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileDownload.send(response, download.mediaType(), download.fileName(), download.content().get());
    }
}
