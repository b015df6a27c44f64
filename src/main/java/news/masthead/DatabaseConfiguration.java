package news.masthead;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * How Spring Data JDBC is set up for this schema and these modules.
 *
 * <p>One schema for H2 and PostgreSQL: the migrations use unquoted names, which each database folds
 * to its own case, so the aggregates' SQL must leave names unquoted too.
 *
 * <p>No entity lifecycle events: Spring Data JDBC announces every load, save and delete of an
 * aggregate as an application event. No module listens to those (the modules' own events are
 * published by the aggregates), yet each one went through the event multicaster and the
 * publication registry's interception, about 2% of the CPU time of taking a comment.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    static BeanPostProcessor springDataJdbcSettings() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof RelationalMappingContext context) {
                    context.setForceQuote(false);
                }
                else if (bean instanceof JdbcAggregateTemplate template) {
                    template.setEntityLifecycleEventsEnabled(false);
                }
                return bean;
            }
        };
    }
}
