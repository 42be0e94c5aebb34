package gazette.bench;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/** Camera-sized JPEGs for the benchmark: 3000 × 2000, with gradients and grain, so they compress as photos do. */
final class Photos {
    static final int WIDTH = 3000;
    static final int HEIGHT = 2000;

    private Photos() {
    }

    /** Writes one; returns its size in bytes. */
    static long write(Path file, long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(rnd.nextInt(256), rnd.nextInt(256), rnd.nextInt(256)), WIDTH, HEIGHT,
                new Color(rnd.nextInt(256), rnd.nextInt(256), rnd.nextInt(256))));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        for (int k = 0; k < 40; k++) {
            g.setColor(new Color(rnd.nextInt(256), rnd.nextInt(256), rnd.nextInt(256), 120));
            g.fillOval(rnd.nextInt(WIDTH), rnd.nextInt(HEIGHT), 50 + rnd.nextInt(600), 50 + rnd.nextInt(600));
        }
        g.dispose();
        int[] row = new int[WIDTH];
        for (int y = 0; y < HEIGHT; y++) { // grain, which is what makes a photo's JPEG big
            img.getRGB(0, y, WIDTH, 1, row, 0, WIDTH);
            for (int x = 0; x < WIDTH; x++) {
                int d = rnd.nextInt(17) - 8;
                int r = clamp(((row[x] >> 16) & 0xff) + d);
                int gr = clamp(((row[x] >> 8) & 0xff) + d);
                int b = clamp((row[x] & 0xff) + d);
                row[x] = (r << 16) | (gr << 8) | b;
            }
            img.setRGB(0, y, WIDTH, 1, row, 0, WIDTH);
        }
        ImageIO.write(img, "jpeg", file.toFile());
        return Files.size(file);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
