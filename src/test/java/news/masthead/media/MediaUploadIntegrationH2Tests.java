package news.masthead.media;

import news.masthead.OnH2;

@OnH2
class MediaUploadIntegrationH2Tests extends MediaUploadIntegrationTests {
}
