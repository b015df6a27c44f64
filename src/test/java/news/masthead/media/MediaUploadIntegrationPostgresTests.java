package news.masthead.media;

import news.masthead.OnPostgres;

@OnPostgres
class MediaUploadIntegrationPostgresTests extends MediaUploadIntegrationTests {
}
