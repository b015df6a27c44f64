package news.masthead.system;

import news.masthead.OnH2;

@OnH2
class NewsletterAndContactH2Tests extends NewsletterAndContactSystemTests {
}
