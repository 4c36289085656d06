package org.example.sleep;

import com.google.inject.Binder;
import com.google.inject.Module;
import org.pf4j.Plugin;

/** The guide's plugin class: named by plugin.class, it adds the plugin's own bindings. */
// tag::module[]
public final class SleepPlugin extends Plugin implements Module {

    @Override
    public void configure(Binder binder) {
        binder.bind(SleepLexicon.class).toInstance(SleepLexicon.standard());
    }
}
// end::module[]
