package news.masthead.system;

import news.masthead.OnH2;

@OnH2
class SpamDefenseH2Tests extends SpamDefenseSystemTests {
}
