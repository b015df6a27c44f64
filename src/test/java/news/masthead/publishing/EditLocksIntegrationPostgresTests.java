package news.masthead.publishing;

import news.masthead.OnPostgres;

@OnPostgres
class EditLocksIntegrationPostgresTests extends EditLocksIntegrationTests {
}
