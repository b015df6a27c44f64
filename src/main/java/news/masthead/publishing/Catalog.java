package news.masthead.publishing;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Sections, authors and tags: the small tables every page needs a little of. */
@Component
class Catalog {

    private final JdbcClient jdbc;

    Catalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Section> sections() {
        return jdbc.sql("SELECT id, slug, name, description FROM section ORDER BY position, name")
                .query((rs, n) -> new Section(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                        rs.getString("description")))
                .list();
    }

    Optional<Section> section(String slug) {
        return sections().stream().filter(section -> section.slug().equals(slug)).findFirst();
    }

    Optional<Author> author(String slug) {
        return jdbc.sql("SELECT id, slug, name, title, bio FROM author WHERE slug = :slug")
                .param("slug", slug)
                .query((rs, n) -> new Author(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                        rs.getString("title"), rs.getString("bio")))
                .optional();
    }

    List<Author> authors() {
        return jdbc.sql("SELECT id, slug, name, title, bio FROM author ORDER BY name")
                .query((rs, n) -> new Author(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                        rs.getString("title"), rs.getString("bio")))
                .list();
    }

    /** The given authors in the order of the ids; ids of authors since removed are left out. */
    List<Author> authors(List<Long> ids) {
        var all = authors();
        return ids.stream().flatMap(id -> all.stream().filter(author -> author.id() == id)).toList();
    }

    Optional<Section> section(long id) {
        return sections().stream().filter(section -> section.id() == id).findFirst();
    }

    /** The byline that belongs to the staff member signing in with this address, if any. */
    Optional<Author> authorOfStaff(String email) {
        return jdbc.sql("SELECT id, slug, name, title, bio FROM author WHERE staff_email = :email")
                .param("email", email)
                .query((rs, n) -> new Author(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                        rs.getString("title"), rs.getString("bio")))
                .optional();
    }

    /** Gives a staff member a byline of their own, under a slug no one else has. */
    Author addStaffAuthor(String email, String name) {
        var base = Slugs.of(name);
        var slug = base;
        for (int n = 2; author(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        long id = insert(jdbc.sql("INSERT INTO author (slug, name, title, bio, staff_email) VALUES (:slug, :name, '', '', :email)")
                .param("slug", slug).param("name", name.strip()).param("email", email));
        return new Author(id, slug, name.strip(), "", "");
    }

    Optional<Tag> tag(String slug) {
        return jdbc.sql("SELECT id, slug, name FROM tag WHERE slug = :slug")
                .param("slug", slug)
                .query((rs, n) -> new Tag(rs.getLong("id"), rs.getString("slug"), rs.getString("name")))
                .optional();
    }

    Section addSection(String slug, String name, String description) {
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM section").query(Integer.class).single();
        long id = insert(jdbc.sql("INSERT INTO section (slug, name, description, position) VALUES (:slug, :name, :description, :position)")
                        .param("slug", slug).param("name", name).param("description", description)
                        .param("position", position));
        return new Section(id, slug, name, description);
    }

    Author addAuthor(String slug, String name, String title, String bio) {
        long id = insert(jdbc.sql("INSERT INTO author (slug, name, title, bio) VALUES (:slug, :name, :title, :bio)")
                .param("slug", slug).param("name", name).param("title", title).param("bio", bio));
        return new Author(id, slug, name, title, bio);
    }

    void updateSection(long id, String name, String description) {
        jdbc.sql("UPDATE section SET name = :name, description = :description WHERE id = :id")
                .param("id", id).param("name", name).param("description", description)
                .update();
    }

    /** The tag with this name, made on first use. */
    Tag tagNamed(String name) {
        var slug = Slugs.of(name);
        return tag(slug).orElseGet(() -> {
            long id = insert(jdbc.sql("INSERT INTO tag (slug, name) VALUES (:slug, :name)")
                    .param("slug", slug).param("name", name.strip()));
            return new Tag(id, slug, name.strip());
        });
    }

    private static long insert(JdbcClient.StatementSpec statement) {
        var keys = new GeneratedKeyHolder();
        statement.update(keys, "id");
        var key = keys.getKey();
        if (key == null) {
            throw new IllegalStateException("No key was generated");
        }
        return key.longValue();
    }
}
