package dev.werk.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.werk.core.ScoreOptions;
import dev.werk.core.experiment.CompareOptions;
import dev.werk.core.experiment.Comparison;
import dev.werk.core.experiment.Experiment;
import dev.werk.core.experiment.ManifestReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transcript text is data: markup in names, paths and tokens shows as text and never becomes an element. */
class EscapingTest {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(2)>";

    @TempDir
    Path tmp;

    /** An experiment whose transcripts, item names and system names hold markup. */
    static Comparison hostile(Path dir) throws Exception {
        Path sys = dir.resolve("s<b>");
        Files.createDirectories(sys);
        Files.createDirectories(dir.resolve("ref"));
        Files.createDirectories(dir.resolve("base"));
        Files.writeString(dir.resolve("ref/a.txt"), "hello " + SCRIPT + " world " + IMG + " &amp; end\n");
        Files.writeString(dir.resolve("base/a.txt"), "hello " + SCRIPT + " word " + IMG + " &amp; end\n");
        Files.writeString(sys.resolve("a.txt"), "hello </script><script>alert(3)</script> world &lt;b&gt; end "
                + "<script>window.werkInjected=1</script>\n");
        Files.writeString(dir.resolve("ref/b.txt"), "one two three https://example.com/x.js\n");
        Files.writeString(dir.resolve("base/b.txt"), "one two\n");
        Files.writeString(sys.resolve("b.txt"), "one <i>two</i> three\n");
        Files.writeString(dir.resolve("m.csv"), "item,set,reference,base,\"<img src=x onerror=alert(4)>\"\n"
                + "\"x\"\"><img src=x onerror=alert(5)>\",in-sample,ref/a.txt,base/a.txt,s<b>/a.txt\n"
                + "b,out-of-sample,ref/b.txt,base/b.txt,s<b>/b.txt\n");
        return Experiment.compare(ManifestReader.read(dir.resolve("m.csv")), CompareOptions.defaults().withResamples(200),
                ScoreOptions.defaults());
    }

    @Test
    void markupFromInputFilesIsEscapedEverywhere() throws Exception {
        Comparison c = hostile(tmp);
        byte[] json = DemoReport.jsonOf(c);
        Map<String, byte[]> files = Report.render(json, Report.Options.defaults());
        String html = new String(files.get(Report.INDEX), StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertTrue(page.select("img[onerror], img[src=x], i, b").isEmpty(), "no element made from input text");
        for (Element s : page.select("script")) {
            if (s.attr("type").isEmpty()) {
                assertFalse(s.data().contains("alert("), "no injected code in the page's script");
            } else {
                assertEquals("application/json", s.attr("type"));
                assertFalse(s.data().contains("<") || s.data().contains(">") || s.data().contains("&"),
                        "data blocks hold no raw markup characters: " + s.id());
            }
        }
        assertEquals(1, page.select("script:not([type])").size(), "only the page's own script runs");
        // the names show as text
        assertTrue(page.text().contains("<img src=x onerror=alert(4)>"), "system name as text");
        assertTrue(page.getElementById("inputs").text().contains("s<b>"), "path as text");
        assertTrue(page.select("#items-table tr[data-item]").first().text().contains("x\"><img src=x onerror=alert(5)>"));
        // raw markup never reaches the page source
        assertFalse(html.contains(SCRIPT));
        assertFalse(html.contains("<img src=x"));
        assertFalse(html.contains("</script><script>alert"));
        assertFalse(html.contains("https:") || html.contains("//"), "a transcript's address stays inert data");
        // the embedded tokens decode to exactly the transcript's words
        JsonNode vocab = DemoReport.JSON.readTree(page.getElementById("werk-page").data()).path("vocab");
        String all = vocab.toString();
        assertTrue(all.contains("\"<script>alert(1)</script>\""), all);
        assertTrue(all.contains("\"onerror=alert(2)>\""), all);
        assertTrue(all.contains("\"https://example.com/x.js\""), all);
    }
}
