package news.masthead.moderation;

import news.masthead.OnPostgres;

@OnPostgres
class ModerationIntegrationPostgresTests extends ModerationIntegrationTests {
}
