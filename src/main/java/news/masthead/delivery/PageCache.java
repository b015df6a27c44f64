package news.masthead.delivery;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;

/**
 * The rendered pages of this node, bounded by their size in bytes, and an index from each surrogate
 * key to the pages that show it. A page rendered while an eviction ran may show the old state, so
 * it is only stored if no eviction happened since its rendering began.
 */
@Component
class PageCache {

    private final Cache<String, CachedPage> pages;
    private final ConcurrentHashMap<String, Set<String>> pagesByKey = new ConcurrentHashMap<>();
    private final AtomicLong evictions = new AtomicLong();

    PageCache(DeliverySettings settings) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(settings.cacheBytes())
                .weigher((String path, CachedPage page) -> page.weight())
                .removalListener((@Nullable String path, @Nullable CachedPage page, RemovalCause cause) -> {
                    if (path != null && page != null && cause.wasEvicted()) {
                        unindex(path, page);
                    }
                })
                .build();
        // Loading the native Brotli library takes a moment: done aside, it is ready before the
        // first page is stored instead of delaying that page.
        Thread.ofVirtual().name("brotli-loader").start(Brotli::available);
    }

    @Nullable
    CachedPage get(String path) {
        return pages.getIfPresent(path);
    }

    /** A stamp to pass to {@link #put} once the page is rendered. */
    long stamp() {
        return evictions.get();
    }

    void put(String path, CachedPage page, long stamp) {
        page.keys().forEach(key -> pagesByKey.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(path));
        pages.put(path, page);
        if (evictions.get() != stamp) {
            pages.invalidate(path);
        }
    }

    void evict(Collection<String> keys) {
        evictions.incrementAndGet();
        for (var key : keys) {
            var paths = pagesByKey.remove(key);
            if (paths != null) {
                pages.invalidateAll(paths);
            }
        }
    }

    private void unindex(String path, CachedPage page) {
        for (var key : page.keys()) {
            pagesByKey.computeIfPresent(key, (k, paths) -> {
                paths.remove(path);
                return paths.isEmpty() ? null : paths;
            });
        }
    }
}
