package news.masthead.delivery;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import news.masthead.site.StaticAssets;

@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    private static final int WRITE_BUFFER_BYTES = 16 * 1024;

    /** Ahead of Spring Security's filters, so that a hit costs none of their work. */
    @Bean
    @ConditionalOnBooleanProperty(name = "masthead.delivery.enabled", matchIfMissing = true)
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, DeliverySettings settings) {
        var registration = new FilterRegistrationBean<>(new PageCacheFilter(cache, settings));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * On Tomcat, hits are answered before the filter chain; the filter above still stores pages,
     * and answers hits wherever this valve is not installed.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "masthead.delivery.enabled", matchIfMissing = true)
    TomcatContextCustomizer pageCacheValve(PageCache cache, PageCacheMetrics metrics) {
        return context -> context.getPipeline().addValve(new PageCacheValve(cache, metrics));
    }

    /**
     * Tomcat collects an answer's headers and body in a per-connection buffer and writes to the
     * socket each time it fills. At its default 8 KB, a compressed article (about 7 KB, plus 1 KB
     * of headers) took two writes; at 16 KB most compressed pages go out in one, for 8 KB more per
     * open connection.
     */
    @Bean
    TomcatConnectorCustomizer pageWriteBuffer() {
        return connector -> connector.setProperty("socket.appWriteBufSize", Integer.toString(WRITE_BUFFER_BYTES));
    }

    @Bean
    FilterRegistrationBean<AssetFilter> assetFilter(StaticAssets assets) {
        var registration = new FilterRegistrationBean<>(new AssetFilter(assets));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        registration.addUrlPatterns("/assets/*");
        return registration;
    }
}
