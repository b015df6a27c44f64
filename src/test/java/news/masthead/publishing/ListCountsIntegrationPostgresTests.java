package news.masthead.publishing;

import news.masthead.OnPostgres;

@OnPostgres
class ListCountsIntegrationPostgresTests extends ListCountsIntegrationTests {
}
