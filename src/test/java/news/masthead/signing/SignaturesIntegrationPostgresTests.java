package news.masthead.signing;

import news.masthead.OnPostgres;

@OnPostgres
class SignaturesIntegrationPostgresTests extends SignaturesIntegrationTests {
}
