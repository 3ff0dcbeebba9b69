package cn.eport.onboarding.batch.reconcile;

import cn.eport.onboarding.batch.source.ImportSource;
import cn.eport.onboarding.batch.source.MalformedFileException;
import cn.eport.onboarding.workflow.WorkflowAction;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Results files as CSV and as XML read into the same records. */
class ResultFileTest {

    record Bytes(String name, byte[] content) implements ImportSource {
        static Bytes of(String name, String text, Charset charset) {
            return new Bytes(name, text.getBytes(charset));
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(content);
        }
    }

    private static final String XML = """
            <?xml version="1.0" encoding="GB18030"?>
            <review-results>
              <!-- exported 2026-12-05 -->
              <result>
                <decision_id>BO-1</decision_id>
                <application_no>SZ2026-000004</application_no>
                <decision>审核通过</decision>
                <reviewer>王审核</reviewer>
                <decided_at>2026-12-05 21:30:00</decided_at>
                <note>passed over</note>
              </result>
              <result>
                <决定编号>BO-2</决定编号>
                <统一社会信用代码>91110108MA01ABCD5T</统一社会信用代码>
                <业务类型>HG</业务类型>
                <审核结果>退回</审核结果>
                <退回原因><![CDATA[备案海关应为兰州海关 & 请更正]]></退回原因>
                <审核人>李审核</审核人>
                <审核时间>2026-12-05 21:31:00</审核时间>
              </result>
              <result>
                <decision_id>BO-3</decision_id>
                <decision>同意</decision>
              </result>
            </review-results>
            """;

    private static List<ResultLine> read(ImportSource source, long skip) throws Exception {
        List<ResultLine> lines = new ArrayList<>();
        try (ResultFile file = ResultFile.open(source)) {
            file.skip(skip);
            file.next().ifPresent(r -> lines.add(r.parse()));
            while (true) {
                var next = file.next();
                if (next.isEmpty()) {
                    return lines;
                }
                lines.add(next.get().parse());
            }
        }
    }

    @Test
    void anXmlFileGivesOneRecordPerResultWithItsLine() throws Exception {
        Bytes source = Bytes.of("review-results.XML", XML, Charset.forName("GB18030"));
        assertEquals(3, ResultFile.count(source));
        List<ResultLine> lines = read(source, 0);
        ReviewResult first = assertInstanceOf(ReviewResult.class, lines.get(0));
        assertEquals(4, first.line());
        assertEquals("BO-1", first.decisionId());
        ReviewResult second = assertInstanceOf(ReviewResult.class, lines.get(1));
        assertEquals(WorkflowAction.RETURN, second.decision());
        assertEquals("备案海关应为兰州海关 & 请更正", second.reason());
        assertEquals("91110108MA01ABCD5T", second.application().uscc());
        MalformedLine third = assertInstanceOf(MalformedLine.class, lines.get(2));
        assertEquals(ResultColumn.APPLICATION_NO, third.column());
        assertEquals("decision_id=BO-3, decision=同意", third.raw());
        assertEquals(List.of(lines.get(2)), read(source, 2), "a restart passes over the records done");
    }

    @Test
    void aCsvFileGivesTheSameRecords() throws Exception {
        Bytes source = Bytes.of("review-results.csv", "decision_id,application_no,kind,uscc,decision,reason,reviewer,decided_at\n"
                + "BO-1,SZ2026-000004,,,审核通过,,王审核,2026-12-05 21:30:00\n\nBO-3,,,,同意,,,\n", StandardCharsets.UTF_8);
        assertEquals(2, ResultFile.count(source));
        List<ResultLine> lines = read(source, 0);
        assertEquals("BO-1", assertInstanceOf(ReviewResult.class, lines.get(0)).decisionId());
        assertEquals(4, assertInstanceOf(MalformedLine.class, lines.get(1)).line());
    }

    @Test
    void filesWithoutContentOrWithABrokenStructureAreRefusedWithTheirReason() {
        assertEquals("审核结果文件为空（没有表头行）：empty.csv",
                assertThrows(EmptyResultFileException.class, () -> ResultFile.open(Bytes.of("empty.csv", "", StandardCharsets.UTF_8))).getMessage());
        assertTrue(assertThrows(EmptyResultFileException.class, () -> ResultFile.open(Bytes.of("other.xml",
                "<codes><code/></codes>", StandardCharsets.UTF_8))).getMessage().startsWith("不是审核结果 XML 文件（根元素应为 <review-results>"));
        Bytes broken = Bytes.of("broken.xml", "<review-results>\n<result>\n<decision_id>BO-1</decision>\n", StandardCharsets.UTF_8);
        MalformedFileException e = assertThrows(MalformedFileException.class, () -> ResultFile.count(broken));
        assertEquals(3, e.line());
    }
}
