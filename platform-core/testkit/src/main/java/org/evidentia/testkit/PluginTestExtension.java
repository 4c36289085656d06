package org.evidentia.testkit;

import java.lang.reflect.Parameter;
import java.nio.file.Path;
import java.util.List;
import org.evidentia.api.Api;
import org.evidentia.api.Extension;
import org.evidentia.api.Extractor;
import org.evidentia.api.Reporter;
import org.evidentia.api.Retriever;
import org.evidentia.api.Source;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link EvidentiaPluginTest}: resolves the parameters that annotation
 * lists. The plugin is loaded once per test class and unloaded when the class's tests are done: JUnit
 * closes it as a stored {@link AutoCloseable}, unless the configuration parameter
 * {@code junit.jupiter.extensions.store.close.autocloseable.enabled} is set to false, which leaves it
 * loaded until the test JVM exits.
 *
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class PluginTestExtension implements ParameterResolver {

    private static final List<Class<? extends Extension>> KINDS = List.of(Source.class, Extractor.class, Reporter.class,
            Retriever.class);

    /** @since 0.1 */
    public PluginTestExtension() {
    }

    /** @since 0.1 */
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Parameter p = parameter.getParameter();
        Class<?> type = p.getType();
        return type == PluginsUnderTest.class
                || KINDS.contains(type)
                || (p.isAnnotationPresent(Fixture.class) && (type == Path.class || type == TestInput.class))
                || (p.isAnnotationPresent(Golden.class) && type == GoldenFindings.class)
                || (p.isAnnotationPresent(Gold.class) && type == GoldFile.class);
    }

    /** @since 0.1 */
    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Parameter p = parameter.getParameter();
        Class<?> type = p.getType();
        if (type == PluginsUnderTest.class) {
            return plugins(context);
        }
        if (KINDS.contains(type)) {
            return extension(type.asSubclass(Extension.class), p.getAnnotation(ExtensionNamed.class), plugins(context));
        }
        if (p.isAnnotationPresent(Fixture.class)) {
            Path file = PluginTestKit.resource(p.getAnnotation(Fixture.class).value());
            return type == Path.class ? file : PluginTestKit.input(file);
        }
        if (p.isAnnotationPresent(Golden.class)) {
            // The test sources of the module whose tests run (Surefire's working directory), so that an update lands there.
            return new GoldenFindings(Path.of("src/test/resources").toAbsolutePath().resolve(p.getAnnotation(Golden.class).value()));
        }
        return new GoldFile(PluginTestKit.resource(p.getAnnotation(Gold.class).value()));
    }

    private static <T extends Extension> T extension(Class<T> kind, ExtensionNamed named, PluginsUnderTest plugins) {
        if (named != null) {
            return plugins.extension(kind, named.value());
        }
        List<T> all = plugins.extensions(kind);
        if (all.isEmpty()) {
            List<String> others = KINDS.stream().flatMap(k -> plugins.extensions(k).stream()
                    .map(e -> k.getSimpleName().toLowerCase(java.util.Locale.ROOT) + ":" + e.name())).toList();
            throw new ParameterResolutionException("the plugin under test offers no " + kind.getSimpleName() + ": its"
                    + " META-INF/extensions.idx names none (is @org.pf4j.Extension missing on the class, or the annotation processor"
                    + " org.pf4j.processor.ExtensionAnnotationProcessor off, as with <proc>none</proc>?)"
                    + (others.isEmpty() ? "" : "; it offers " + String.join(", ", others)));
        }
        if (all.size() != 1) {
            throw new ParameterResolutionException("the plugin under test has " + all.size() + " " + kind.getSimpleName()
                    + " extension(s) " + all.stream().map(Extension::name).toList() + ": name the one to inject with @ExtensionNamed");
        }
        return all.get(0);
    }

    /**
     * The plugin of the test class, loaded on first use and closed with the class's store: JUnit (since
     * 5.13) closes a stored {@link AutoCloseable} itself, and warns about a value that is only a
     * {@code CloseableResource}, which it deprecates.
     */
    private static PluginsUnderTest plugins(ExtensionContext context) {
        ExtensionContext classContext = context.getRoot() == context ? context : classContext(context);
        ExtensionContext.Store store = classContext.getStore(ExtensionContext.Namespace.create(PluginTestExtension.class));
        return store.getOrComputeIfAbsent("plugin", key -> PluginsUnderTest.fromBuildOutput(project(context)), PluginsUnderTest.class);
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getParent().isPresent() && current.getTestMethod().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    private static Path project(ExtensionContext context) {
        String project = context.getRequiredTestClass().getAnnotation(EvidentiaPluginTest.class) == null ? ""
                : context.getRequiredTestClass().getAnnotation(EvidentiaPluginTest.class).project();
        return Path.of(project).toAbsolutePath();
    }
}
