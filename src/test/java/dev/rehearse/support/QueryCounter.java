package dev.rehearse.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the app prepares, so that a test can say how many queries a page costs. Import it
 * with {@code @Import(QueryCounter.Config.class)} and autowire the counter.
 */
public class QueryCounter {

    private final AtomicInteger statements = new AtomicInteger();

    /** How many statements {@code action} prepared. */
    public <T> Counted<T> count(Supplier<T> action) {
        int before = statements.get();
        T result = action.get();
        return new Counted<>(result, statements.get() - before);
    }

    public record Counted<T>(T result, int statements) {
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        QueryCounter queryCounter() {
            return new QueryCounter();
        }

        @Bean
        static BeanPostProcessor countingDataSource(org.springframework.beans.factory.ObjectProvider<QueryCounter> counter) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds && !(bean instanceof DelegatingDataSource)
                            ? new Counting(ds, counter.getObject()) : bean;
                }
            };
        }
    }

    private static final class Counting extends DelegatingDataSource {

        private final QueryCounter counter;

        Counting(DataSource target, QueryCounter counter) {
            super(target);
            this.counter = counter;
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            Connection connection = super.getConnection();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")
                                || method.getName().equals("prepareCall")) {
                            counter.statements.incrementAndGet();
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
