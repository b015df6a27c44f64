package news.masthead.moderation;

import news.masthead.OnH2;

@OnH2
class ModerationIntegrationH2Tests extends ModerationIntegrationTests {
}
