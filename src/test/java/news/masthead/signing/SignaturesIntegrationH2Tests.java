package news.masthead.signing;

import news.masthead.OnH2;

@OnH2
class SignaturesIntegrationH2Tests extends SignaturesIntegrationTests {
}
