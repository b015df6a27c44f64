package news.masthead.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class DeliverySettingsTests {

    @Test
    void thePageCacheTakesAnEighthOfTheHeapUnlessASizeIsGiven() {
        assertThat(settings(null).cacheBytes()).isEqualTo(Runtime.getRuntime().maxMemory() / 8);
        assertThat(settings(DataSize.ofMegabytes(64)).cacheBytes()).isEqualTo(64L * 1024 * 1024);
    }

    private static DeliverySettings settings(@Nullable DataSize cacheSize) {
        return new DeliverySettings(true, cacheSize, Duration.ofSeconds(30), Duration.ofMinutes(5),
                Duration.ofSeconds(60), Duration.ofMillis(500));
    }
}
