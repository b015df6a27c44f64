package news.masthead.donations;

import news.masthead.OnPostgres;

@OnPostgres
class DonationsIntegrationPostgresTests extends DonationsIntegrationTests {
}
