package news.masthead.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large an upload may be. The pixel limit guards the server: a small file can claim a huge
 * image, and decoding it would take all the memory there is.
 */
@ConfigurationProperties("masthead.media")
public record MediaLimits(@DefaultValue("10MB") DataSize maxUploadSize, @DefaultValue("50000000") long maxPixels) {
}
