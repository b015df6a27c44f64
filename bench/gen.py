#!/usr/bin/env python3
"""Writes the SQL script that fills an empty Masthead database with a benchmark dataset.

The script is meant for H2's RunScript tool against a database whose schema Flyway has just
created. Bulk rows come from INSERT ... SELECT over SYSTEM_RANGE, so the script stays small
whatever the row counts; only the benchmark article and its comments are written out in full.
"""

import argparse
import datetime
import random
import sys

SECTIONS = [
    ("news", "News", "What happened today, and why it matters."),
    ("politics", "Politics", "Councils, parliaments and the people in them."),
    ("business", "Business", "Money, work and the companies around us."),
    ("culture", "Culture", "Books, stage, screen and the arts."),
]

AUTHORS = [
    ("amara-okafor", "Amara Okafor", "Chief reporter",
     "Amara covers local government and the courts. She has reported from the city for twelve years."),
    ("tomas-lindqvist", "Tomas Lindqvist", "Business editor",
     "Tomas writes about companies, jobs and the regional economy."),
    ("priya-raman", "Priya Raman", "Culture writer",
     "Priya reviews theatre and books and writes about the people who make them."),
]

TAGS = ["housing", "transport", "schools", "health", "climate", "budget", "elections", "courts",
        "energy", "farming", "water", "libraries", "theatre", "music", "film", "books",
        "football", "cycling", "rail", "ports", "jobs", "tourism", "science", "history"]

WORDS = """the council said that its plan for the harbour would change how people move through the
city over the next decade while residents who spoke at the meeting asked who would pay for the
new bridge and whether the buses would still run at night when the shifts at the hospital end
a report published this week found that rents rose faster than wages for the third year in a
row and that younger tenants were most likely to leave the region for work elsewhere officials
promised a review of the figures before the budget vote in spring but opposition members called
the delay a way to avoid hard choices about housing schools and the library branches that have
already cut their opening hours teachers described classrooms with leaking roofs and a shortage
of substitute staff the mayor argued that the new transport levy would raise enough to repair
the worst buildings first farmers on the edge of the district worried about water rights as the
reservoir fell to its lowest level since records began local businesses reported a busy summer
season with more visitors from abroad than before the pandemic and the theatre announced a new
programme of plays written by people who grew up on the estates around the old port""".split()

QUOTES = [
    "We were told the money was there, and then it was not. People deserve to know where it went.",
    "Nobody on this street wants to leave. We just want to be able to afford to stay.",
    "Every plan looks good on paper. The test is whether the bus turns up on a wet Tuesday in February.",
]

COMMENTERS = ["Margaret Hale", "Dev Patel", "Ines Duarte", "Samuel Achebe", "Hanna Berg",
              "Luca Romano", "Fatima Zahra", "Owen Price", "Mei Lin", "Jonas Weber"]


def sql(text):
    return "'" + text.replace("'", "''") + "'"


def sentence(rng, low=8, high=22):
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def paragraph(rng, sentences):
    return " ".join(sentence(rng) for _ in range(sentences))


def bench_body(rng, words_wanted):
    """About words_wanted words of prose in paragraphs, with three block quotes spread through."""
    parts, count = [], 0
    paragraphs = []
    while count < words_wanted - sum(len(q.split()) for q in QUOTES):
        text = paragraph(rng, rng.randint(3, 5))
        paragraphs.append(text)
        count += len(text.split())
    step = max(1, len(paragraphs) // 4)
    for index, text in enumerate(paragraphs):
        parts.append("<p>" + text + "</p>")
        if index in (step, 2 * step, 3 * step):
            quote = QUOTES[[step, 2 * step, 3 * step].index(index)]
            parts.append("<blockquote><p>" + quote + "</p></blockquote>")
    return "\n".join(parts)


def case_on(expr, values):
    """A CASE expression picking values[expr mod len(values)]."""
    whens = " ".join("WHEN %d THEN %s" % (i, sql(v)) for i, v in enumerate(values))
    return "CASE MOD(%s, %d) %s END" % (expr, len(values), whens)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--comments", type=int, default=0,
                        help="comments spread over the other articles (the benchmark article always has 10)")
    parser.add_argument("--bench-words", type=int, default=1100)
    parser.add_argument("--seed", type=int, default=20261127)
    args = parser.parse_args()
    if args.articles < 10:
        parser.error("--articles must be at least 10")

    rng = random.Random(args.seed)
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    base = now - datetime.timedelta(hours=1)
    stamp = "TIMESTAMP WITH TIME ZONE '%s'" % base.strftime("%Y-%m-%d %H:%M:%S+00")
    n = args.articles
    # Older stories every few minutes, so that the newest is an hour old and none is in the future.
    spacing = 17 if n <= 20000 else 3
    out = []
    w = out.append

    w("-- Benchmark dataset: %d articles, %d extra comments." % (n, args.comments))
    w("SET AUTOCOMMIT FALSE;")
    w("INSERT INTO section (id, slug, name, description, position) VALUES "
      + ", ".join("(%d, %s, %s, %s, %d)" % (i + 1, sql(s), sql(name), sql(d), i)
                  for i, (s, name, d) in enumerate(SECTIONS)) + ";")
    w("INSERT INTO author (id, slug, name, title, bio) VALUES "
      + ", ".join("(%d, %s, %s, %s, %s)" % (i + 1, sql(s), sql(name), sql(t), sql(b))
                  for i, (s, name, t, b) in enumerate(AUTHORS)) + ";")
    w("INSERT INTO tag (id, slug, name) VALUES "
      + ", ".join("(%d, %s, %s)" % (i + 1, sql(t), sql(t.capitalize())) for i, t in enumerate(TAGS)) + ";")

    # The benchmark article: id 1, the newest story, two authors, three tags, ten comments.
    body = bench_body(rng, args.bench_words)
    w("INSERT INTO article (id, slug, headline, standfirst, body, section_id, status, published_at, updated_at, version)"
      " VALUES (1, 'bench-article', %s, %s, %s, 1, 'PUBLISHED', %s, %s, 0);"
      % (sql("Harbour plan splits the city as rents keep rising"),
         sql("Residents, councillors and business owners disagree over who should pay for the new bridge,"
             " and what the city will look like when it is built."),
         sql(body), stamp, stamp))
    w("INSERT INTO article_author (article_id, author_id, position) VALUES (1, 1, 0), (1, 2, 1);")
    w("INSERT INTO article_tag (article_id, tag_id, position) VALUES (1, 1, 0), (1, 2, 1), (1, 6, 2);")
    rows = []
    for i, name in enumerate(COMMENTERS):
        text = paragraph(rng, rng.randint(2, 4))
        if i % 3 == 0:
            text += "\n\n" + paragraph(rng, 2)
        if i == 4:
            text += " More at https://example.org/harbour-plan."
        at = base + datetime.timedelta(minutes=10 * (i + 1))
        at = min(at, now)
        rows.append("(%d, 1, %s, %s, %s, %s, 'APPROVED', TIMESTAMP WITH TIME ZONE '%s', '127.0.0.1', 'bench', 0)"
                    % (i + 1, sql(name), sql(name.lower().replace(" ", ".") + "@example.org"),
                       "NULL" if i % 2 else sql("https://example.org/" + name.split()[0].lower()),
                       sql(text), at.strftime("%Y-%m-%d %H:%M:%S+00")))
    w("INSERT INTO comment (id, article_id, author_name, author_email, author_url, body, status, submitted_at,"
      " address, user_agent, version) VALUES\n" + ",\n".join(rows) + ";")

    # The other articles, in bulk. A handful of body variants keeps the script short.
    bodies = ["\n".join("<p>" + paragraph(rng, rng.randint(3, 5)) + "</p>" for _ in range(rng.randint(3, 6)))
              + ("\n<blockquote><p>" + QUOTES[v % 3] + "</p></blockquote>" if v % 2 else "")
              for v in range(8)]
    subjects = ["Council", "Harbour board", "Hospital trust", "School board", "Rail operator",
                "Theatre company", "Water authority", "Chamber of commerce", "Library service", "Dockers union"]
    verbs = ["delays", "approves", "rejects", "reviews", "defends", "questions", "unveils", "scraps"]
    objects = ["plan for new homes", "budget for next year", "late-night bus routes", "bridge repairs",
               "summer festival", "rent controls", "wind farm proposal", "school meals contract",
               "river clean-up", "museum extension", "cycle lanes", "harbour tax"]
    headline = ("%s || ' ' || %s || ' ' || %s || ' (' || X || ')'"
                % (case_on("X", subjects), case_on("X / 10", verbs), case_on("X / 80", objects)))
    standfirst = ("'Story ' || X || ': ' || %s"
                  % case_on("X", [sentence(rng, 14, 24) for _ in range(6)]))
    w("INSERT INTO article (id, slug, headline, standfirst, body, section_id, status, published_at, updated_at,"
      " version)\nSELECT X, 'story-' || X, %s, %s,\n%s,\nMOD(X, 4) + 1, 'PUBLISHED',"
      " DATEADD(MINUTE, -%d * X, %s), DATEADD(MINUTE, -%d * X + MOD(X, 3) * 30, %s), 0\n"
      "FROM SYSTEM_RANGE(2, %d) AS r(x);"
      % (headline, standfirst, case_on("X", bodies), spacing, stamp, spacing, stamp, n))
    w("INSERT INTO article_author (article_id, author_id, position) SELECT X, MOD(X, 3) + 1, 0"
      " FROM SYSTEM_RANGE(2, %d) AS r(x);" % n)
    w("INSERT INTO article_author (article_id, author_id, position) SELECT X, MOD(X + 1, 3) + 1, 1"
      " FROM SYSTEM_RANGE(2, %d) AS r(x) WHERE MOD(X, 5) = 0;" % n)
    w("INSERT INTO article_tag (article_id, tag_id, position) SELECT X, MOD(X, %d) + 1, 0"
      " FROM SYSTEM_RANGE(2, %d) AS r(x);" % (len(TAGS), n))
    w("INSERT INTO article_tag (article_id, tag_id, position) SELECT X, MOD(7 * X + 3, %d) + 1, 1"
      " FROM SYSTEM_RANGE(2, %d) AS r(x);" % (len(TAGS), n))
    w("COMMIT;")

    if args.comments > 0:
        texts = [paragraph(rng, rng.randint(1, 3)) for _ in range(12)]
        statuses = ["APPROVED"] * 8 + ["PENDING", "SPAM"]
        chunk = 200000
        for start in range(1, args.comments + 1, chunk):
            end = min(args.comments, start + chunk - 1)
            # Comment X goes to article 2 + X mod (n - 1): never the benchmark article.
            w("INSERT INTO comment (id, article_id, author_name, author_email, author_url, body, status,"
              " submitted_at, address, user_agent, version)\n"
              "SELECT 10 + X, 2 + MOD(X, %d), %s, 'reader' || X || '@example.org', NULL, %s, %s,"
              " DATEADD(SECOND, -X * 7, %s), '192.0.2.' || MOD(X, 250), 'bench', 0\n"
              "FROM SYSTEM_RANGE(%d, %d) AS r(x);"
              % (n - 1, case_on("X", COMMENTERS), case_on("X", texts), case_on("X / 7", statuses), stamp,
                 start, end))
            w("COMMIT;")

    # Identity columns do not follow explicit ids: start them after the generated rows.
    for table, next_id in (("section", len(SECTIONS) + 1), ("author", len(AUTHORS) + 1),
                           ("tag", len(TAGS) + 1), ("article", n + 1), ("comment", 11 + args.comments)):
        w("ALTER TABLE %s ALTER COLUMN id RESTART WITH %d;" % (table, next_id))
    w("COMMIT;")
    w("ANALYZE;")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
