package dev.werk.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.werk.reports.CompareCsv;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** summary.csv, written from results.json, is werk compare -o csv of the same comparison, byte for byte. */
class SummaryCsvTest {
    @Test
    void summaryCsvEqualsCompareCsv() throws Exception {
        StringWriter direct = new StringWriter();
        CompareCsv.write(DemoReport.comparison(), direct);
        assertEquals(direct.toString(), new String(DemoReport.files().get("summary.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void resultsJsonIsTheResultItself() {
        org.junit.jupiter.api.Assertions.assertArrayEquals(DemoReport.json(), DemoReport.files().get(Report.RESULTS));
    }
}
