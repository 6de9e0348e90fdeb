package dev.athanor.agent.scan;

import static org.assertj.core.api.Assertions.assertThat;

import example.model.Item;
import example.model.Plain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PersistenceAnnotationsTest {

    @Test
    void anAnnotatedClassMentionsThePackageAndAPlainOneDoesNot() throws IOException {
        assertThat(PersistenceAnnotations.mentionsPersistence(ClassHeaderReaderTest.bytesOf(Item.class))).isTrue();
        assertThat(PersistenceAnnotations.mentionsPersistence(ClassHeaderReaderTest.bytesOf(Plain.class))).isFalse();
    }

    @Test
    void findsTheNameAtTheVeryEndAndNotAPrefixOfIt() {
        assertThat(PersistenceAnnotations.mentionsPersistence("xxjakarta/persistence".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(PersistenceAnnotations.mentionsPersistence("jakarta/persistenc".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(PersistenceAnnotations.mentionsPersistence(new byte[0])).isFalse();
    }
}
