package news.masthead.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Paints the demo's pictures: estuary landscapes in flat colour (sky, hills, water, a sun), each
 * drawn from a seed so the same story always gets the same picture. No photographs are shipped.
 */
final class DemoPictures {

    private static final Color[][] PALETTES = {
        { new Color(0xF4D9B0), new Color(0xE9A77C), new Color(0x5C7A89), new Color(0x2F4B5A), new Color(0x1C2E3A) },
        { new Color(0xCFE3EA), new Color(0x9CC3D1), new Color(0x6E8B6A), new Color(0x3E5C4A), new Color(0x23372C) },
        { new Color(0xE8E1D4), new Color(0xC9B79C), new Color(0x8A9A8E), new Color(0x56685F), new Color(0x2E3B36) },
        { new Color(0xF2C6A8), new Color(0xD98471), new Color(0x7C6A8A), new Color(0x4A3F5C), new Color(0x2A2338) },
        { new Color(0xDDE8D8), new Color(0xB4C8A8), new Color(0x7FA08C), new Color(0x4C7468), new Color(0x26443E) },
    };

    private DemoPictures() {
    }

    static byte[] paint(String seed, int width, int height) {
        var random = new Random(seed.hashCode());
        var palette = PALETTES[random.nextInt(PALETTES.length)];
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int horizon = (int) (height * (0.5 + random.nextDouble() * 0.15));
        g.setPaint(new GradientPaint(0, 0, palette[0], 0, horizon, palette[1]));
        g.fillRect(0, 0, width, horizon);
        g.setColor(new Color(255, 244, 220, 210));
        int sun = height / 6 + random.nextInt(height / 10);
        g.fillOval(random.nextInt(width - sun), horizon / 4 + random.nextInt(horizon / 3), sun, sun);
        for (int layer = 0; layer < 3; layer++) {
            g.setColor(blend(palette[2], palette[3], layer / 2.0));
            g.fill(ridge(random, width, horizon - height / 8 + layer * height / 22, height / 7 - layer * 10, height));
        }
        g.setPaint(new GradientPaint(0, horizon, palette[3], 0, height, palette[4]));
        g.fillRect(0, horizon + height / 14, width, height);
        g.setStroke(new BasicStroke(Math.max(2, height / 240f)));
        for (int line = 0; line < 14; line++) {
            int y = horizon + height / 12 + random.nextInt(Math.max(1, height - horizon - height / 10));
            int x = random.nextInt(width);
            g.setColor(new Color(255, 255, 255, 40 + random.nextInt(60)));
            g.drawLine(x, y, x + width / 12 + random.nextInt(width / 6), y);
        }
        g.dispose();
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path2D ridge(Random random, int width, int base, int amplitude, int height) {
        var path = new Path2D.Double();
        path.moveTo(0, height);
        path.lineTo(0, base);
        int steps = 6 + random.nextInt(5);
        for (int i = 1; i <= steps; i++) {
            double x = width * i / (double) steps;
            double y = base - random.nextDouble() * amplitude;
            path.quadTo(x - width / (2.0 * steps), y - random.nextDouble() * amplitude / 2, x, y);
        }
        path.lineTo(width, height);
        path.closePath();
        return path;
    }

    private static Color blend(Color a, Color b, double t) {
        return new Color((int) (a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) (a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) (a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
