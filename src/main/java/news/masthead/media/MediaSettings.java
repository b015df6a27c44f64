package news.masthead.media;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where uploaded files live: under the data folder unless set apart (a volume shared by nodes). */
@ConfigurationProperties("masthead")
public record MediaSettings(@DefaultValue("./data") Path dataDir) {

    public Path mediaDir() {
        return dataDir.resolve("media").toAbsolutePath().normalize();
    }
}
