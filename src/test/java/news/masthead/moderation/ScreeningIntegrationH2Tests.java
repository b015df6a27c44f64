package news.masthead.moderation;

import news.masthead.OnH2;

@OnH2
class ScreeningIntegrationH2Tests extends ScreeningIntegrationTests {
}
