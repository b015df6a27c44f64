package news.masthead.feeds.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes JSON Feed 1.1. An item carries {@code content_html} when the feed has whole stories and
 * {@code content_text} (the standfirst) when it has summaries, never both, which is what the
 * published schema accepts. Names and fields follow the specification's order for easy reading.
 */
final class JsonFeedWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonFeedWriter() {
    }

    static String write(Feed feed) {
        var json = new LinkedHashMap<String, Object>();
        json.put("version", "https://jsonfeed.org/version/1.1");
        json.put("title", feed.title());
        json.put("home_page_url", feed.pageUrl());
        json.put("feed_url", feed.url(FeedFormat.JSON));
        json.put("description", feed.description());
        json.put("language", FeedWriting.LANGUAGE);
        json.put("authors", List.of(Map.of("name", feed.publisher())));
        json.put("items", feed.items().stream().map(JsonFeedWriter::item).toList());
        return JSON.writeValueAsString(json);
    }

    private static Map<String, Object> item(Feed.Item item) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", item.id());
        json.put("url", item.url());
        json.put("title", item.title());
        if (item.contentHtml() != null) {
            json.put("content_html", item.contentHtml());
        }
        else {
            json.put("content_text", item.summary());
        }
        json.put("summary", item.summary());
        if (item.image() != null) {
            json.put("image", item.image().url());
        }
        json.put("date_published", date(item.published()));
        json.put("date_modified", date(item.updated()));
        if (!item.authors().isEmpty()) {
            json.put("authors", item.authors().stream().map(JsonFeedWriter::person).toList());
        }
        if (!item.categories().isEmpty()) {
            json.put("tags", item.categories());
        }
        if (item.image() != null) {
            var attachment = new LinkedHashMap<String, Object>();
            attachment.put("url", item.image().url());
            attachment.put("mime_type", item.image().type());
            attachment.put("size_in_bytes", item.image().length());
            json.put("attachments", List.of(attachment));
        }
        return json;
    }

    private static Map<String, String> person(Feed.Person person) {
        var json = new LinkedHashMap<String, String>();
        json.put("name", person.name());
        if (person.url() != null) {
            json.put("url", person.url());
        }
        return json;
    }

    /** RFC 3339, to the second, in UTC. */
    private static String date(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
