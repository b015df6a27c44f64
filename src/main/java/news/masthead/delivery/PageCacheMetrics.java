package news.masthead.delivery;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the answers the page cache gives ahead of the application, which the request metrics of
 * the servlet filters never see: full pages, and 304s to readers and CDNs revalidating a page.
 */
@Component
class PageCacheMetrics {

    private final Counter pages;
    private final Counter notModified;

    PageCacheMetrics(MeterRegistry registry) {
        this.pages = Counter.builder("masthead.page.cache.hits").tag("status", "200")
                .description("Requests answered from the page cache").register(registry);
        this.notModified = Counter.builder("masthead.page.cache.hits").tag("status", "304")
                .description("Requests answered from the page cache").register(registry);
    }

    void served(boolean notModified) {
        (notModified ? this.notModified : pages).increment();
    }
}
