package news.masthead.system;

import news.masthead.OnPostgres;

@OnPostgres
class NewsletterAndContactPostgresTests extends NewsletterAndContactSystemTests {
}
