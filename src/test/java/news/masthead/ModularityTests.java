package news.masthead;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(MastheadApplication.class);

    @Test
    void modulesOnlyUseEachOthersApi() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        // Written under target/, where the build keeps generated files.
        new Documenter(modules).writeDocumentation();
    }
}
