package news.masthead.accounts;

import news.masthead.OnPostgres;

@OnPostgres
class PasskeyStoreIntegrationPostgresTests extends PasskeyStoreIntegrationTests {
}
