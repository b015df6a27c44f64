package news.masthead.comments;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

@ConfigurationProperties("masthead.comments")
public record CommentSettings(@DefaultValue("5000") int maxLength) {
}
