package dev.athanor.agent.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.agent.scan.FieldReferences.FieldReference;
import example.model.Clerk;
import example.model.Item;
import example.model.Post;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FieldReferencesTest {

    @Test
    void listsTheFieldsOfOtherClassesAClassNamesButNotItsOwn() throws IOException {
        assertThat(FieldReferences.of(bytesOf(Clerk.class), owner -> true)).containsExactlyInAnyOrder(
                new FieldReference("example/model/Post", "title", "Ljava/lang/String;"),
                new FieldReference("example/model/Post", "count", "I"),
                new FieldReference("example/model/Invoice", "createdBy", "Ljava/lang/String;"),
                new FieldReference("example/model/Item", "instances", "I"));
    }

    @Test
    void leavesOutTheOwnersTheFilterRejects() throws IOException {
        assertThat(FieldReferences.of(bytesOf(Clerk.class), owner -> !owner.endsWith("/Post")))
                .extracting(FieldReference::owner).containsOnly("example/model/Invoice", "example/model/Item");
        assertThat(FieldReferences.of(bytesOf(Item.class), owner -> true)).as("its own fields only").isEmpty();
    }

    @Test
    void readsTheNamesAfterTheConstantPool() throws IOException {
        ConstantPool inner = ConstantPool.of(bytesOf(Post.Editor.class));

        assertThat(inner.superName()).isEqualTo("java/lang/Object");
        assertThat(inner.access() & 0x0001).as("public").isEqualTo(1);
        assertThat(FieldReferences.of(bytesOf(Post.Editor.class), owner -> true)).containsExactly(
                new FieldReference("example/model/Post", "note", "Ljava/lang/String;"));
    }

    @Test
    void bytesThatAreNoClassFileAreAnError() throws IOException {
        byte[] truncated = Arrays.copyOf(bytesOf(Clerk.class), 40);

        assertThatThrownBy(() -> FieldReferences.of(truncated, owner -> true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> FieldReferences.of(new byte[] {1, 2, 3}, owner -> true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0xCAFEBABE");
    }

    private static byte[] bytesOf(Class<?> type) throws IOException {
        try (InputStream in = type.getClassLoader().getResourceAsStream(type.getName().replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }
}
