/**
 * Implementation of the text-mining kit; not API: it may change in any version without notice. Use
 * the public packages of {@code org.evidentia.textmining} instead.
 */
package org.evidentia.textmining.internal.text;
