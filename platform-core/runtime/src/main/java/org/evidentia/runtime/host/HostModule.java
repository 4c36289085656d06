package org.evidentia.runtime.host;

import com.google.inject.AbstractModule;

/**
 * The host's root bindings that every plugin's child injector inherits. Extensions ask for what
 * they need through {@code @Inject} constructors; a plugin adds its own bindings by making its
 * {@link org.pf4j.Plugin} class a Guice module.
 */
final class HostModule extends AbstractModule {

    @Override
    protected void configure() {
        // Just-in-time bindings would land in this root injector and pin plugin class loaders.
        binder().requireExplicitBindings();
    }
}
