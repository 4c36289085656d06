package org.evidentia.runtime.options;

import java.util.List;

/**
 * One option of an extension, as {@code evidentia describe} shows it.
 *
 * @param key          the option key
 * @param type         a readable type: {@code text}, {@code number}, {@code true|false}, {@code list of text}, ...
 * @param defaultValue the default, as text (nullable: no default)
 * @param help         the description (empty when the author gave none)
 * @param allowed      the allowed values of an enum option, else empty
 * @param aliases      other keys that set the option ({@code format} for {@code formats}), else empty
 */
public record OptionDescription(String key, String type, String defaultValue, String help, List<String> allowed, List<String> aliases) {
}
