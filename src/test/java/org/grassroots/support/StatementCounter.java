package org.grassroots.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the current thread prepares, in every test context (found by component
 * scan, so no context differs for it). The data source keeps its type; each connection it hands out
 * counts prepareStatement, prepareCall and createStatement. A page rendered by MockMvc runs on the
 * test's thread, so {@link #during} gives the statements one request needed.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");
    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);
    private static final ThreadLocal<List<String>> SQL = new ThreadLocal<>();

    /** The statements the current thread prepared while the action ran. */
    public static long during(ThrowingRunnable action) throws Exception {
        long before = COUNT.get()[0];
        action.run();
        return COUNT.get()[0] - before;
    }

    /** The SQL of the statements the current thread prepared while the action ran, in order. */
    public static List<String> sqlDuring(ThrowingRunnable action) throws Exception {
        List<String> sql = new ArrayList<>();
        SQL.set(sql);
        try {
            action.run();
        } finally {
            SQL.remove();
        }
        return sql;
    }

    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource)) {
            return bean;
        }
        ProxyFactory factory = new ProxyFactory(bean);
        factory.setProxyTargetClass(true);
        factory.addAdvice((MethodInterceptor) invocation -> {
            Object result = invocation.proceed();
            return result instanceof Connection connection && invocation.getMethod().getName().equals("getConnection")
                    ? counting(connection) : result;
        });
        return factory.getProxy(bean.getClass().getClassLoader());
    }

    private static Connection counting(Connection target) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (STATEMENTS.contains(method.getName())) {
                        COUNT.get()[0]++;
                        List<String> sql = SQL.get();
                        if (sql != null && args != null && args.length > 0 && args[0] instanceof String text) {
                            sql.add(text);
                        }
                    }
                    if (method.getName().equals("unwrap") && args[0] == Connection.class) {
                        return target;
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
