package news.masthead.media.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import news.masthead.media.MediaSettings;

/** Serves stored media from the file system; names are content-hashed, so caching is forever. */
@Configuration(proxyBeanMethods = false)
class MediaResources implements WebMvcConfigurer {

    private final MediaSettings settings;

    MediaResources(MediaSettings settings) {
        this.settings = settings;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/media/**")
                .addResourceLocations(settings.mediaDir().toUri().toString())
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    }
}
