package news.masthead.accounts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application behind MockMvc on an empty data folder. Admin web tests extend this, so they all
 * share one application context instead of starting one each.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class AdminWebTest {

    static final String PASSWORD = "tidal marsh lantern seven";

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        TestDataFolder.register(registry);
    }
}
