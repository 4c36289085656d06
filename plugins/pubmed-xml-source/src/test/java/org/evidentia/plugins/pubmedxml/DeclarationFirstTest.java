package org.evidentia.plugins.pubmedxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.junit.jupiter.api.Test;

class DeclarationFirstTest {

    private final SafeXmlFactory factory = new SafeXmlFactory();

    /**
     * The fast reader's buffer for the declaration's values is recycled on its thread, so it may be as new or grown by an
     * earlier file's long tag name. For every declaration that {@link DeclarationFirst#longValue} lets through to it, the
     * fast reader must open the file, or refuse it, the same way in both states; declarations around the
     * {@value DeclarationFirst#LONGEST_VALUE}-byte bound, of every shape, must include some where the states differ, or
     * the check proves nothing (an Aalto whose buffer is no longer recycled would make the bound needless).
     */
    @Test
    void theFastReaderOpensWhatTheLongValueCheckLetsThroughAlikeWhateverItReadBefore() throws Exception {
        Random random = new Random(30);
        // control characters in an encoding name are not counted by Aalto's check of it ("utf\u0016\u0016-8" is UTF-8)
        String filler = "\u0001\u0008\u0016\u001f";
        int differ = 0;
        for (int i = 0; i < 2000; i++) {
            char quote = random.nextBoolean() ? '"' : '\'';
            StringBuilder name = new StringBuilder(random.nextBoolean() ? "utf" : "ISO");
            for (int length = 30 + random.nextInt(70); length > 0; length--) {
                name.append(filler.charAt(random.nextInt(filler.length())));
            }
            name.append(random.nextBoolean() ? "-8" : "8859-1");
            String declaration = "<?xml version=" + quote + "1.0" + quote + " encoding=" + quote + name
                    + (random.nextInt(10) == 0 ? "" : String.valueOf(quote));
            byte[] file = (declaration + "?><PubmedArticleSet/>").getBytes(StandardCharsets.UTF_8);
            boolean longValue = DeclarationFirst.of(new ByteArrayInputStream(file)).longValue();

            boolean fresh = onNewThread(file, null);
            boolean grown = onNewThread(file, "x".repeat(500) + i);

            if (fresh != grown) {
                differ++;
                assertThat(longValue).as("a declaration the fast reader opens only with a grown buffer: %s", declaration).isTrue();
            }
        }
        assertThat(differ).as("declarations the fast reader opens in one state only").isPositive();
    }

    /**
     * {@link #opens} on a thread of its own, whose buffers are new; after a file whose root is {@code longTag} when not null,
     * which grows them (a name new to the factory: one it knows is not spelt out in the buffer again).
     */
    private boolean onNewThread(byte[] file, String longTag) throws InterruptedException, ExecutionException {
        FutureTask<Boolean> opening = new FutureTask<>(() -> {
            if (longTag != null && !opens(("<" + longTag + "/>").getBytes(StandardCharsets.US_ASCII))) {
                throw new AssertionError("the file with a long tag name was not read");
            }
            return opens(file);
        });
        Thread thread = new Thread(opening, "declaration-first-test");
        thread.start();
        return opening.get();
    }

    /** Whether the fast reader opens and reads {@code file}. */
    private boolean opens(byte[] file) {
        try {
            XMLStreamReader2 reader = factory.openFast(new ByteArrayInputStream(file), "file");
            while (reader.hasNext()) {
                reader.next();
            }
            reader.closeCompletely();
            return true;
        } catch (XMLStreamException | RuntimeException e) {
            return false;
        }
    }

    @Test
    void aLongValueIsFoundOnlyInTheDeclaration() throws IOException {
        String value = "u".repeat(DeclarationFirst.LONGEST_VALUE);
        assertThat(longValue("<?xml version=\"1.0\" encoding=\"" + value + "\"?><a/>")).isFalse();
        assertThat(longValue("<?xml version=\"1.0\" encoding=\"" + value + "u\"?><a/>")).isTrue();
        assertThat(longValue("<?xml version='1.0' encoding='" + value + "u'?><a/>")).isTrue();
        assertThat(longValue("<?xml version=\"1.0\" encoding=\"" + value + "u")).as("a quote left open").isTrue();
        assertThat(longValue("\n\n<?xml version=\"1.0\" encoding=\"" + value + "u\"?><a/>")).as("after blank lines").isTrue();
        assertThat(longValue("<?xml version=\"1.0\"?><a b=\"" + value + "u\"/>")).as("an attribute after the declaration").isFalse();
        assertThat(longValue("<a b=\"" + value + "u\"/>")).as("no declaration").isFalse();
        // a processing instruction, no declaration (the review of the change, T5)
        assertThat(longValue("<?xml-stylesheet href=\"" + value + "u.xsl\"?><a/>")).as("a stylesheet").isFalse();
    }

    private static boolean longValue(String file) throws IOException {
        return DeclarationFirst.of(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))).longValue();
    }
}
