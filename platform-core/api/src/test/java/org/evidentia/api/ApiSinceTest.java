package org.evidentia.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedElement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A plugin author sets {@code plugin.requires} from the {@code since} of what the plugin uses, so
 * no element may claim a version later than the one this build is: the plugin would be refused by
 * the very Evidentia that has what it needs.
 */
class ApiSinceTest {

    @Test
    void everyMarkedElementCameInThisVersionOrBefore() throws Exception {
        String version = System.getProperty("evidentia.version");
        assertThat(version).as("set by the build (surefire's systemPropertyVariables)").isNotBlank();
        Path classes = Path.of(Api.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> later = new ArrayList<>();
        int marked = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                if (name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                List<AnnotatedElement> elements = new ArrayList<>(List.of(type));
                elements.addAll(List.of(type.getDeclaredMethods()));
                elements.addAll(List.of(type.getDeclaredConstructors()));
                for (AnnotatedElement element : elements) {
                    Api api = element.getAnnotation(Api.class);
                    if (api != null) {
                        marked++;
                        if (api.since().isEmpty() || compare(api.since(), version) > 0) {
                            later.add(element + " since '" + api.since() + "'");
                        }
                    }
                }
            }
        }
        assertThat(marked).as("the API's types are marked").isGreaterThan(20);
        assertThat(later).as("elements that claim a version after %s, or none", version).isEmpty();
    }

    /** Compares dotted versions by their numbers ("0.1" is 0.1.0). */
    private static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int difference = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i]) : 0);
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }
}
