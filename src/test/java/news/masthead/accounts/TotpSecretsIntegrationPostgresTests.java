package news.masthead.accounts;

import news.masthead.OnPostgres;

@OnPostgres
class TotpSecretsIntegrationPostgresTests extends TotpSecretsIntegrationTests {
}
