/**
 * JUnit 5 helpers for plugin authors. Everything here is backed by the runtime's real
 * implementations (input decoding, option binding, atomic output), so a plugin tested with the
 * testkit behaves the same inside the distribution.
 */
package org.evidentia.testkit;
