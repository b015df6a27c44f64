package news.masthead.feeds.web;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;

/**
 * Writes Atom 1.0. The feed names the site as its author, so that an entry without a byline is
 * still valid; entries carry their own bylines with links to the authors' pages.
 */
final class AtomWriter {

    private AtomWriter() {
    }

    static String write(Feed feed) {
        var atom = new com.rometools.rome.feed.atom.Feed("atom_1.0");
        atom.setEncoding("UTF-8");
        atom.setId(feed.id());
        atom.setTitle(feed.title());
        atom.setSubtitle(text(feed.description()));
        atom.setUpdated(Date.from(feed.updated()));
        atom.setLanguage(FeedWriting.LANGUAGE);
        var generator = new com.rometools.rome.feed.atom.Generator();
        generator.setValue(FeedWriting.GENERATOR);
        atom.setGenerator(generator);
        atom.setAlternateLinks(List.of(link("alternate", feed.pageUrl(), "text/html")));
        atom.setOtherLinks(List.of(link("self", feed.url(FeedFormat.ATOM), "application/atom+xml")));
        atom.setAuthors(List.<SyndPerson>of(person(new Feed.Person(feed.publisher(), feed.pageUrl()))));
        atom.setEntries(feed.items().stream().map(AtomWriter::entry).toList());
        return FeedWriting.output(atom);
    }

    private static Entry entry(Feed.Item item) {
        var entry = new Entry();
        entry.setId(item.id());
        entry.setTitle(item.title());
        entry.setAlternateLinks(List.of(link("alternate", item.url(), "text/html")));
        entry.setPublished(Date.from(item.published()));
        entry.setUpdated(Date.from(item.updated()));
        entry.setAuthors(item.authors().stream().map(AtomWriter::person).toList());
        entry.setCategories(item.categories().stream().map(name -> {
            var category = new Category();
            category.setTerm(name);
            category.setLabel(name);
            return category;
        }).toList());
        entry.setSummary(text(item.summary()));
        if (item.contentHtml() != null) {
            var content = new Content();
            content.setType(Content.HTML);
            content.setValue(item.contentHtml());
            entry.setContents(List.of(content));
        }
        if (item.image() != null) {
            var enclosure = link("enclosure", item.image().url(), item.image().type());
            enclosure.setLength(item.image().length());
            entry.setOtherLinks(new ArrayList<>(List.of(enclosure)));
        }
        return entry;
    }

    private static Content text(String value) {
        var content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String href, String type) {
        var link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static SyndPerson person(Feed.Person from) {
        var person = new Person();
        person.setName(from.name());
        if (from.url() != null) {
            person.setUri(from.url());
        }
        return person;
    }
}
