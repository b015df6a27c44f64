package news.masthead.donations;

import news.masthead.OnPostgres;

@OnPostgres
class DonationsSystemPostgresTests extends DonationsSystemTests {
}
