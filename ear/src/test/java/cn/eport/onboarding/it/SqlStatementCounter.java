package cn.eport.onboarding.it;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Counts the SQL statements the product's persistence unit sends while some work runs, in the server
 * (an in-container test): a listener on the EclipseLink sessions of the deployed unit ("postExecuteCall",
 * one event per statement sent to the database), added for the work and removed after. EclipseLink is
 * the server's own JPA provider and not on the tests' compile path, hence the reflection. Tests in a
 * class run one after another, and nothing else uses the application meanwhile.
 */
public final class SqlStatementCounter {

    private SqlStatementCounter() {
    }

    /** The statements (their SQL as sent, with ? for parameters) that the work made the database run. */
    public static List<String> statementsOf(Callable<?> work) throws Exception {
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Class<?> listenerType = Class.forName("org.eclipse.persistence.sessions.SessionEventListener", true, loader);
        InvocationHandler handler = (proxy, method, arguments) -> onEvent(proxy, method, arguments, statements);
        Object listener = Proxy.newProxyInstance(loader, new Class<?>[] {listenerType}, handler);
        List<Object> eventManagers = eventManagers(loader);
        if (eventManagers.isEmpty()) {
            throw new IllegalStateException("no deployed EclipseLink session of the persistence unit eport");
        }
        for (Object manager : eventManagers) {
            manager.getClass().getMethod("addListener", listenerType).invoke(manager, listener);
        }
        try {
            work.call();
        } finally {
            for (Object manager : eventManagers) {
                manager.getClass().getMethod("removeListener", listenerType).invoke(manager, listener);
            }
        }
        return List.copyOf(statements);
    }

    private static Object onEvent(Object proxy, Method method, Object[] arguments, List<String> statements) throws ReflectiveOperationException {
        switch (method.getName()) {
            case "postExecuteCall" -> {
                Object call = arguments[0].getClass().getMethod("getCall").invoke(arguments[0]);
                Object sql = call == null ? null : call.getClass().getMethod("getSQLString").invoke(call);
                statements.add(String.valueOf(sql));
                return null;
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            case "equals" -> {
                return proxy == arguments[0];
            }
            case "toString" -> {
                return "SqlStatementCounter";
            }
            default -> {
                return null;
            }
        }
    }

    /** The event managers of the deployed sessions of this application's unit "eport". */
    private static List<Object> eventManagers(ClassLoader loader) throws ReflectiveOperationException {
        Class<?> provider = Class.forName("org.eclipse.persistence.internal.jpa.EntityManagerFactoryProvider", true, loader);
        Map<?, ?> setups = (Map<?, ?>) provider.getField("emSetupImpls").get(null);
        List<Object> managers = new ArrayList<>();
        for (Object setup : List.copyOf(setups.values())) {
            String unit = (String) setup.getClass().getMethod("getPersistenceUnitUniqueName").invoke(setup);
            boolean deployed = (Boolean) setup.getClass().getMethod("isDeployed").invoke(setup);
            if (deployed && unit != null && unit.endsWith("eport")) {
                Object session = setup.getClass().getMethod("getSession").invoke(setup);
                managers.add(session.getClass().getMethod("getEventManager").invoke(session));
            }
        }
        return managers;
    }
}
