package news.masthead.accounts;

import news.masthead.OnH2;

@OnH2
class TotpSecretsIntegrationH2Tests extends TotpSecretsIntegrationTests {
}
