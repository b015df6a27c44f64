package news.masthead.feeds.web;

import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.jdom2.Element;
import org.jdom2.Namespace;

import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;

/**
 * Writes RSS 2.0. Bylines go in {@code dc:creator}, since RSS's own {@code author} must be an
 * e-mail address; the whole story, when the feed carries it, in {@code content:encoded}; the
 * featured picture as the enclosure. GUIDs are permanent ids, not links, so a renamed story is
 * not announced twice.
 */
final class RssWriter {

    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    private RssWriter() {
    }

    static String write(Feed feed) {
        var channel = new Channel("rss_2.0");
        channel.setEncoding("UTF-8");
        channel.setTitle(feed.title());
        channel.setLink(feed.pageUrl());
        channel.setDescription(feed.description());
        channel.setLanguage(FeedWriting.LANGUAGE.toLowerCase(Locale.ROOT));
        channel.setGenerator(FeedWriting.GENERATOR);
        channel.setLastBuildDate(Date.from(feed.updated()));
        var self = new Element("link", ATOM);
        self.setAttribute("href", feed.url(FeedFormat.RSS));
        self.setAttribute("rel", "self");
        self.setAttribute("type", FeedFormat.RSS.type().getType() + "/" + FeedFormat.RSS.type().getSubtype());
        channel.setForeignMarkup(List.of(self));
        channel.setItems(feed.items().stream().map(RssWriter::item).toList());
        return FeedWriting.output(channel);
    }

    private static Item item(Feed.Item from) {
        var item = new Item();
        item.setTitle(from.title());
        item.setLink(from.url());
        var guid = new Guid();
        guid.setValue(from.id());
        guid.setPermaLink(false);
        item.setGuid(guid);
        item.setPubDate(Date.from(from.published()));
        var description = new Description();
        description.setType("text/plain");
        description.setValue(from.summary());
        item.setDescription(description);
        if (from.contentHtml() != null) {
            var content = new Content();
            content.setType(Content.HTML);
            content.setValue(from.contentHtml());
            item.setContent(content);
        }
        item.setCategories(from.categories().stream().map(name -> {
            var category = new Category();
            category.setValue(name);
            return category;
        }).toList());
        if (from.image() != null) {
            var enclosure = new Enclosure();
            enclosure.setUrl(from.image().url());
            enclosure.setType(from.image().type());
            enclosure.setLength(from.image().length());
            item.setEnclosures(List.of(enclosure));
        }
        if (!from.authors().isEmpty()) {
            var dc = new DCModuleImpl();
            dc.setCreators(from.authors().stream().map(Feed.Person::name).toList());
            item.setModules(List.<Module>of(dc));
        }
        return item;
    }
}
