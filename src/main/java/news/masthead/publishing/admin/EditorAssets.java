package news.masthead.publishing.admin;

import org.springframework.stereotype.Component;

import news.masthead.site.StaticAssets;

/**
 * The editor's script and style sheet at their fingerprinted addresses. The admin frame links only
 * its own style sheet, so the article pages link these themselves.
 */
@Component
public class EditorAssets {

    private final String script;
    private final String style;

    EditorAssets(StaticAssets assets) {
        this.script = assets.url("admin/editor.js");
        this.style = assets.url("admin/editor.css");
    }

    public String script() {
        return script;
    }

    public String style() {
        return style;
    }
}
