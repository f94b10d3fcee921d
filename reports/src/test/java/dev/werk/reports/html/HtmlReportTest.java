package dev.werk.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo report's page, read with jsoup: its sections, and every table against results.json. */
class HtmlReportTest {
    static Document page;
    static JsonNode results;

    @BeforeAll
    static void render() throws Exception {
        page = Jsoup.parse(DemoReport.html());
        results = DemoReport.JSON.readTree(DemoReport.files().get(Report.RESULTS));
    }

    @Test
    void everySectionIsPresentAndListedInTheContents() {
        for (String id : List.of("summary", "forest", "items", "terms", "confusions", "alignments", "confidence")) {
            Element s = page.getElementById(id);
            assertNotNull(s, id);
            assertEquals("section", s.tagName(), id);
            assertFalse(s.select("h2").text().isBlank(), id);
            assertEquals(1, page.select("nav.toc a[href=#" + id + "]").size(), id);
        }
        assertEquals(HtmlReport.sections().size(), page.select("section.sec").size());
        assertNotNull(page.getElementById("provenance"));
        assertEquals(1, page.select("#forest img.chart[data-file=change-by-set.png]").size());
        assertEquals(1, page.select("#items img.chart[data-file=wer-by-item.png]").size());
        assertEquals(results.path("alignments").size(), page.select("#alignments details.item").size());
    }

    @Test
    void pooledWerTableHoldsTheNumbersOfTheResults() {
        Elements rows = page.select("#summary-wer tbody tr");
        int k = 0;
        for (JsonNode set : results.path("sets")) {
            for (JsonNode sys : set.path("systems")) {
                Element row = rows.get(k++);
                assertEquals(set.path("name").asText(), row.attr("data-set"));
                assertEquals(sys.path("name").asText(), row.attr("data-system"));
                Elements td = row.select("td");
                assertExact(set.path("items"), td.get(2));
                assertExact(set.path("utterances"), td.get(3));
                assertExact(sys.path("referenceWords"), td.get(4));
                assertExact(sys.path("errors"), td.get(5));
                assertExact(sys.path("wer"), td.get(6));
                assertInterval(sys.path("werCi"), td.get(7));
            }
        }
        assertEquals(k, rows.size());
    }

    @Test
    void changeTableHoldsTheComparisonsOfTheResults() {
        Elements rows = page.select("#summary-change tbody tr");
        int k = 0;
        for (JsonNode set : results.path("sets")) {
            for (JsonNode c : set.path("comparisons")) {
                Element row = rows.get(k++);
                assertEquals(set.path("name").asText(), row.attr("data-set"));
                assertEquals(c.path("system").asText(), row.attr("data-system"));
                Elements td = row.select("td");
                assertExact(c.path("absoluteChange"), td.get(2));
                assertInterval(c.path("absoluteChangeCi"), td.get(3));
                assertExact(c.path("relativeChange"), td.get(4));
                assertInterval(c.path("relativeChangeCi"), td.get(5));
                assertExact(c.path("probabilityOfImprovement"), td.get(6));
                int col = 7;
                for (String t : List.of("mapsswe", "sign", "wilcoxon", "mcnemar")) {
                    assertExact(c.path("tests").path(t).path("p"), td.get(col++));
                }
                assertEquals(c.path("tests").path("mapsswe").path("verdict").asText(), td.get(col).text());
            }
        }
        assertEquals(k, rows.size());
        assertTrue(k > 0);
    }

    @Test
    void gapTableHoldsTheGapsOfTheResults() {
        Elements rows = page.select("#summary-gap tbody tr");
        JsonNode gaps = results.path("generalizationGap");
        assertEquals(gaps.size(), rows.size());
        assertTrue(gaps.size() > 0, "the demo has in-sample and out-of-sample sets");
        for (int i = 0; i < gaps.size(); i++) {
            Elements td = rows.get(i).select("td");
            assertEquals(gaps.get(i).path("system").asText(), td.get(0).text());
            assertExact(gaps.get(i).path("inSampleImprovement"), td.get(3));
            assertExact(gaps.get(i).path("outOfSampleImprovement"), td.get(4));
            assertExact(gaps.get(i).path("gap"), td.get(5));
            assertInterval(gaps.get(i).path("gapCi"), td.get(6));
        }
    }

    @Test
    void itemTableHoldsEveryItemGroupedBySet() {
        Elements bodies = page.select("#items-table tbody.group");
        List<String> sets = new ArrayList<>();
        for (JsonNode it : results.path("items")) {
            if (!sets.contains(it.path("set").asText())) {
                sets.add(it.path("set").asText());
            }
        }
        assertEquals(sets.size(), bodies.size());
        int seen = 0;
        for (JsonNode it : results.path("items")) {
            Element body = bodies.get(sets.indexOf(it.path("set").asText()));
            Element row = body.selectFirst("tr[data-item=" + it.path("name").asText() + "]");
            assertNotNull(row, it.path("name").asText());
            Elements td = row.select("td");
            assertExact(it.path("utterances"), td.get(1));
            assertExact(it.path("systems").path(0).path("referenceWords"), td.get(2));
            int col = 3;
            for (JsonNode s : it.path("systems")) {
                assertExact(s.path("errors"), td.get(col++));
                assertExact(s.path("wer"), td.get(col++));
            }
            seen++;
        }
        assertEquals(seen, page.select("#items-table tbody tr[data-item]").size());
    }

    @Test
    void confusionTablesHoldTheConfusionsOfTheResults() {
        for (JsonNode sys : results.path("confusions")) {
            String name = sys.path("system").asText();
            Elements subs = page.select("table.confusion[data-system=" + name + "][data-kind=substitutions] tbody tr");
            assertEquals(sys.path("substitutions").size(), subs.size());
            assertTrue(subs.size() > 0);
            for (int i = 0; i < subs.size(); i++) {
                JsonNode p = sys.path("substitutions").get(i);
                Elements td = subs.get(i).select("td");
                assertEquals(p.path("reference").asText(), td.get(0).text());
                assertEquals(p.path("hypothesis").asText(), td.get(1).text());
                assertExact(p.path("count"), td.get(2));
            }
            for (String kind : List.of("insertions", "deletions")) {
                Elements rows = page.select("table.confusion[data-system=" + name + "][data-kind=" + kind + "] tbody tr");
                assertEquals(sys.path(kind).size(), rows.size(), kind);
                for (int i = 0; i < rows.size(); i++) {
                    assertEquals(sys.path(kind).get(i).path("word").asText(), rows.get(i).select("td").get(0).text());
                    assertExact(sys.path(kind).get(i).path("count"), rows.get(i).select("td").get(1));
                }
            }
        }
    }

    @Test
    void provenanceNamesNormaliserCostVersionDateAndInputs() {
        String prov = page.getElementById("provenance").text();
        JsonNode p = results.path("provenance");
        for (String f : List.of("normalizer", "cost", "werkVersion", "date", "manifest")) {
            assertTrue(prov.contains(p.path(f).asText()), f + ": " + prov);
        }
        String inputs = page.getElementById("inputs").text();
        for (JsonNode it : results.path("items")) {
            assertTrue(inputs.contains(it.path("reference").asText()));
            for (JsonNode s : it.path("systems")) {
                assertTrue(inputs.contains(s.path("hypothesis").asText()));
            }
        }
    }

    @Test
    void alignmentDataRebuildsTheTokensOfTheResults() throws Exception {
        JsonNode pageData = DemoReport.JSON.readTree(page.getElementById("werk-page").data());
        JsonNode vocab = pageData.path("vocab");
        JsonNode al = results.path("alignments");
        for (int k = 0; k < al.size(); k++) {
            JsonNode item = DemoReport.JSON.readTree(page.getElementById("werk-item-" + k).data());
            JsonNode utts = al.get(k).path("utterances");
            assertEquals(utts.size(), item.path("u").size());
            for (int u = 0; u < utts.size(); u++) {
                assertEquals(utts.get(u).path("reference"), words(vocab, item.path("u").get(u).path("r")));
                for (int s = 0; s < utts.get(u).path("systems").size(); s++) {
                    JsonNode sys = utts.get(u).path("systems").get(s);
                    JsonNode embedded = item.path("u").get(u).path("s").get(s);
                    assertEquals(sys.path("hypothesis"), words(vocab, embedded.path("h")));
                    assertEquals(sys.path("ops").asText(), embedded.path("o").asText());
                }
            }
        }
    }

    @Test
    void termTableHoldsTheTermsOfTheResults() {
        JsonNode all = null;
        for (JsonNode set : results.path("terms").path("sets")) {
            if (set.path("name").asText().equals("all")) {
                all = set;
            }
        }
        assertNotNull(all, "the demo report has terms");
        JsonNode systems = all.path("systems");
        Elements rows = page.select("#terms-table tbody tr");
        int k = 0;
        for (int t = 0; t < systems.get(0).path("terms").size(); t++) {
            JsonNode first = systems.get(0).path("terms").get(t);
            boolean seen = first.path("occurrences").asLong() > 0;
            for (JsonNode s : systems) {
                seen |= s.path("terms").get(t).path("falseAlarms").asLong() > 0;
            }
            if (!seen) {
                continue;
            }
            Elements td = rows.get(k++).select("td");
            assertEquals(first.path("term").asText(), td.get(0).text());
            assertExact(first.path("occurrences"), td.get(1));
            int col = 2;
            for (JsonNode s : systems) {
                JsonNode row = s.path("terms").get(t);
                assertExact(row.path("correct"), td.get(col++));
                assertExact(row.path("misses"), td.get(col++));
                assertExact(row.path("falseAlarms"), td.get(col++));
                assertExact(row.path("recall"), td.get(col++));
            }
            for (JsonNode s : systems) {
                for (JsonNode c : s.path("terms").get(t).path("confusions")) {
                    String heard = c.path("heard").asText().isEmpty() ? "(deleted)" : c.path("heard").asText();
                    assertTrue(td.get(col).text().contains(heard + " ×" + c.path("count").asText()), td.get(col).text());
                }
                col++;
            }
        }
        assertEquals(k, rows.size());
        assertTrue(k > 0);
        assertEquals(1, page.select("#terms img.chart[data-file=term-correct.png]").size());
    }

    @Test
    void biasedWerTableHoldsTheTermCountsOfTheResults() {
        Elements rows = page.select("#summary-bwer tbody tr");
        int k = 0;
        for (JsonNode set : results.path("terms").path("sets")) {
            for (JsonNode sys : set.path("systems")) {
                Element row = rows.get(k++);
                assertEquals(set.path("name").asText(), row.attr("data-set"));
                Elements td = row.select("td");
                assertExact(sys.path("biased").path("referenceWords"), td.get(2));
                assertExact(sys.path("bWer"), td.get(3));
                assertExact(sys.path("uWer"), td.get(4));
                assertExact(sys.path("pooled").path("recall"), td.get(5));
            }
        }
        assertEquals(k, rows.size());
        assertTrue(k > 0);
    }

    @Test
    void termMarksTravelWithTheAlignments() throws Exception {
        JsonNode al = results.path("alignments");
        int marked = 0;
        for (int k = 0; k < al.size(); k++) {
            JsonNode item = DemoReport.JSON.readTree(page.getElementById("werk-item-" + k).data());
            for (int u = 0; u < al.get(k).path("utterances").size(); u++) {
                JsonNode src = al.get(k).path("utterances").get(u);
                assertEquals(src.path("terms"), item.path("u").get(u).path("t"));
                for (int s = 0; s < src.path("systems").size(); s++) {
                    JsonNode sys = src.path("systems").get(s);
                    JsonNode emb = item.path("u").get(u).path("s").get(s);
                    assertEquals(sys.path("termMatches").size(), emb.path("tm").size());
                    assertEquals(sys.path("falseAlarms"), emb.path("fa"));
                }
                marked += src.path("terms").size();
            }
        }
        assertTrue(marked > 0);
    }

    private static JsonNode words(JsonNode vocab, JsonNode ids) {
        com.fasterxml.jackson.databind.node.ArrayNode out = DemoReport.JSON.createArrayNode();
        for (JsonNode i : ids) {
            out.add(vocab.get(i.asInt()).asText());
        }
        return out;
    }

    private static final Pattern CSS_URL = Pattern.compile("url\\s*\\(([^)]*)\\)", Pattern.CASE_INSENSITIVE);

    @Test
    void nothingOnThePageComesFromTheNetwork() {
        String raw = DemoReport.html();
        for (Element e : page.getAllElements()) {
            for (String attr : List.of("src", "href", "action", "data", "poster", "srcset", "formaction")) {
                if (e.hasAttr(attr)) {
                    assertLocal(e.attr(attr), e.tagName() + "[" + attr + "]");
                }
            }
            if (e.hasAttr("style")) {
                cssUrls(e.attr("style"));
            }
        }
        for (Element style : page.select("style")) {
            cssUrls(style.data());
        }
        assertTrue(page.select("link, iframe, object, embed, script[src], img:not([src^=data:image/png;base64,])").isEmpty());
        assertFalse(raw.contains("@import"));
        assertFalse(Pattern.compile("https?:", Pattern.CASE_INSENSITIVE).matcher(raw).find(), "no http: or https: anywhere");
        assertFalse(raw.contains("//"), "no // anywhere (not even in the base64 of the charts)");
    }

    private static void cssUrls(String css) {
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            assertLocal(m.group(1).replace("\"", "").replace("'", "").strip(), "css url()");
        }
    }

    private static void assertLocal(String url, String where) {
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        assertFalse(u.startsWith("http:") || u.startsWith("https:") || u.startsWith("//"), where + ": " + url);
        assertTrue(u.startsWith("#") || u.startsWith("data:"), where + " is neither an anchor nor data: " + url);
    }

    /** The cell's data-value is the JSON number exactly (empty for null), and its text shows a value or the undefined mark. */
    static void assertExact(JsonNode v, Element td) {
        if (v.isNumber()) {
            assertEquals(v.doubleValue(), Double.parseDouble(td.attr("data-value")), td.outerHtml());
            assertNotEquals(Fmt.UNDEFINED, td.text());
        } else {
            assertEquals("", td.attr("data-value"), td.outerHtml());
            assertEquals(Fmt.UNDEFINED, td.text());
        }
    }

    static void assertInterval(JsonNode ci, Element td) {
        if (ci.isArray()) {
            assertEquals(ci.get(0).doubleValue(), Double.parseDouble(td.attr("data-low")), td.outerHtml());
            assertEquals(ci.get(1).doubleValue(), Double.parseDouble(td.attr("data-high")), td.outerHtml());
        } else {
            assertEquals("", td.attr("data-low"));
            assertEquals(Fmt.UNDEFINED, td.text());
        }
    }

    private static void assertNotEquals(String a, String b) {
        org.junit.jupiter.api.Assertions.assertNotEquals(a, b);
    }
}
