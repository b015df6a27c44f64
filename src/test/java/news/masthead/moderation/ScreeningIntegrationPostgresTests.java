package news.masthead.moderation;

import news.masthead.OnPostgres;

@OnPostgres
class ScreeningIntegrationPostgresTests extends ScreeningIntegrationTests {
}
