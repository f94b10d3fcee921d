package dev.werk.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.reports.charts.ReportCharts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG charts decode, have the asked size and are not blank. */
class ReportChartsTest {
    @Test
    void demoChartsDecodeAtTheDefaultSizeAndShowSomething() throws IOException {
        Map<String, byte[]> files = DemoReport.files();
        for (String name : new String[] {"wer-by-item.png", "change-by-set.png", "term-correct.png"}) {
            assertNotNull(files.get(name), name);
            checkImage(name, files.get(name), ReportCharts.WIDTH, ReportCharts.HEIGHT);
        }
        assertEquals(1200, ReportCharts.WIDTH);
        assertEquals(700, ReportCharts.HEIGHT);
    }

    @Test
    void chartsTakeAnotherSize() throws IOException {
        Map<String, byte[]> charts = ReportCharts.all(DemoReport.tree(), 640, 400);
        for (Map.Entry<String, byte[]> e : charts.entrySet()) {
            checkImage(e.getKey(), e.getValue(), 640, 400);
        }
    }

    @Test
    void chartsUseTheOkabeItoPalette() throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(DemoReport.files().get("wer-by-item.png")));
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                colours.add(img.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertTrue(colours.contains(0x0072B2), "baseline bars in Okabe-Ito blue");
        assertTrue(colours.contains(0xE69F00), "candidate bars in Okabe-Ito orange");
    }

    /** Decodes, checks the size, and that the pixels vary (a blank or one-colour image has variance 0). */
    static void checkImage(String name, byte[] png, int width, int height) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(img, name + " does not decode");
        assertEquals(width, img.getWidth(), name);
        assertEquals(height, img.getHeight(), name);
        double sum = 0;
        double sq = 0;
        long n = 0;
        int dark = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                double lum = 0.299 * ((rgb >> 16) & 255) + 0.587 * ((rgb >> 8) & 255) + 0.114 * (rgb & 255);
                sum += lum;
                sq += lum * lum;
                n++;
                if (lum < 128) {
                    dark++;
                }
            }
        }
        double mean = sum / n;
        double variance = sq / n - mean * mean;
        assertTrue(variance > 100, name + ": pixel variance " + variance + " (blank?)");
        assertTrue(dark > n / 200, name + ": only " + dark + " dark pixels (no text or marks?)");
    }
}
