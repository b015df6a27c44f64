package news.masthead.accounts;

import news.masthead.OnH2;

@OnH2
class PasskeyStoreIntegrationH2Tests extends PasskeyStoreIntegrationTests {
}
