package news.masthead;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MastheadApplication {

    /** Fewer than the database pool's ten connections, so that readers' requests always find one. */
    private static final int LISTENER_THREADS = 4;

    public static void main(String[] args) {
        SpringApplication.run(MastheadApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Runs the modules' event listeners after commit: a few at a time, the rest waiting in a queue.
     * A thread per event would let a burst (a demo import, a bulk moderation) take every database
     * connection; a limit that made the publisher wait would hold the publisher's own connection
     * while it waits, and a busy comment form would lock up. Queued events that a stop leaves
     * unfinished stay in the event publication registry and run again at the next start.
     */
    @Bean(name = { "applicationTaskExecutor", "taskExecutor" })
    ThreadPoolTaskExecutor applicationTaskExecutor() {
        var executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("listener-");
        executor.setCorePoolSize(LISTENER_THREADS);
        executor.setMaxPoolSize(LISTENER_THREADS);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }
}
