package news.masthead.moderation;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads labelled comments for training and evaluation: JSON Lines ({@code author}, {@code email},
 * {@code url}, {@code body}, {@code label} = spam|ham) or the CSV of the YouTube Spam Collection
 * ({@code COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS}, class 1 = spam). The CSV's DATE is ignored on
 * purpose: in one file of that collection it is empty for exactly the spam rows.
 */
final class LabelledComments {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Labelled(Submission submission, boolean spam) {
    }

    private LabelledComments() {
    }

    static List<Labelled> read(Path file) throws IOException {
        var text = Files.readString(file, StandardCharsets.UTF_8);
        var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? csv(text, file.toString()) : jsonLines(text, file.toString());
    }

    /** The comments in a JSON Lines resource, or none when there is no such resource. */
    static List<Labelled> readResource(String resource) throws IOException {
        try (InputStream in = LabelledComments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            return jsonLines(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        }
    }

    static List<Labelled> jsonLines(String text, String source) {
        var comments = new ArrayList<Labelled>();
        var lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(lines[i]);
                var label = field(node, "label").toLowerCase(Locale.ROOT);
                if (!label.equals("spam") && !label.equals("ham")) {
                    throw new IllegalArgumentException("label must be spam or ham, not '" + label + "'");
                }
                comments.add(new Labelled(new Submission(field(node, "author"), field(node, "email"),
                        field(node, "url"), field(node, "body")), label.equals("spam")));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return comments;
    }

    private static String field(JsonNode node, String name) {
        var value = node.get(name);
        return value == null || value.isNull() ? "" : value.asString();
    }

    static List<Labelled> csv(String text, String source) throws IOException {
        var rows = CsvRows.parse(new StringReader(text));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> columns = new HashMap<>();
        var header = rows.getFirst();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toUpperCase(Locale.ROOT), i);
        }
        for (var required : List.of("AUTHOR", "CONTENT", "CLASS")) {
            if (!columns.containsKey(required)) {
                throw new IllegalArgumentException(source + ": no " + required + " column in " + header);
            }
        }
        var comments = new ArrayList<Labelled>();
        for (int r = 1; r < rows.size(); r++) {
            var row = rows.get(r);
            if (row.size() == 1 && row.getFirst().isBlank()) {
                continue;
            }
            if (row.size() < header.size()) {
                throw new IllegalArgumentException(source + ": row " + (r + 1) + " has " + row.size() + " fields");
            }
            var label = row.get(columns.get("CLASS")).strip();
            comments.add(new Labelled(new Submission(row.get(columns.get("AUTHOR")), "", "",
                    row.get(columns.get("CONTENT"))), label.equals("1")));
        }
        return comments;
    }

    /** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
    static final class CsvRows {

        private CsvRows() {
        }

        static List<List<String>> parse(Reader reader) throws IOException {
            var rows = new ArrayList<List<String>>();
            var row = new ArrayList<String>();
            var field = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            int c;
            while ((c = reader.read()) != -1) {
                any = true;
                if (quoted) {
                    if (c == '"') {
                        reader.mark(1);
                        int next = reader.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (next != -1) {
                                reader.reset();
                            }
                        }
                    } else {
                        field.append((char) c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r') {
                        reader.mark(1);
                        if (reader.read() != '\n') {
                            reader.reset();
                        }
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    any = false;
                } else {
                    field.append((char) c);
                }
            }
            if (any) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
