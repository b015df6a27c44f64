package news.masthead.moderation;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code ./masthead spam retrain}: trains the shared model afresh from the shipped corpus and every
 * moderator decision in the database, then stops. Every node picks up the new model within
 * {@code refreshEvery}. The launcher starts the application on a free port for it.
 */
@Component
@ConditionalOnProperty("masthead.moderation.retrain-and-exit")
class RetrainCommand implements ApplicationRunner {

    private final ModerationManagement moderation;
    private final ModelStore store;
    private final ConfigurableApplicationContext context;

    RetrainCommand(ModerationManagement moderation, ModelStore store, ConfigurableApplicationContext context) {
        this.moderation = moderation;
        this.store = store;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int decisions = store.decisions().size();
        moderation.retrainFromHistory();
        System.out.println("Spam model retrained from the shipped corpus and " + decisions + " moderator decisions.");
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
