package news.masthead.publishing;

import news.masthead.OnPostgres;

@OnPostgres
class PublishingIntegrationPostgresTests extends PublishingIntegrationTests {
}
