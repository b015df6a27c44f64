package news.masthead.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** One demo story: a Markdown file whose YAML front matter holds its headline, bylines and comments. */
record DemoArticle(String slug, Map<String, Object> meta, String body) {

    static DemoArticle read(Resource resource) {
        try {
            var text = resource.getContentAsString(StandardCharsets.UTF_8);
            if (!text.startsWith("---\n")) {
                throw new IllegalStateException(resource.getFilename() + " has no front matter");
            }
            int end = text.indexOf("\n---\n", 4);
            Map<String, Object> meta = yaml().load(text.substring(4, end));
            var fileName = resource.getFilename();
            var slug = fileName == null ? "story" : fileName.replaceFirst("^\\d+-", "").replaceFirst("\\.md$", "");
            return new DemoArticle(slug, meta, text.substring(end + 5));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    String text(String key) {
        var value = meta.get(key);
        return value == null ? "" : value.toString();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map(String key) {
        var value = meta.get(key);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    List<Object> list(String key) {
        var value = meta.get(key);
        return value instanceof List<?> list ? (List<Object>) list : List.of();
    }
}
