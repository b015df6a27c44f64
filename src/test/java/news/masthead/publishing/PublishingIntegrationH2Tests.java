package news.masthead.publishing;

import news.masthead.OnH2;

@OnH2
class PublishingIntegrationH2Tests extends PublishingIntegrationTests {
}
