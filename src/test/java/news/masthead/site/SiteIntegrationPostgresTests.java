package news.masthead.site;

import news.masthead.OnPostgres;

@OnPostgres
class SiteIntegrationPostgresTests extends SiteIntegrationTests {
}
