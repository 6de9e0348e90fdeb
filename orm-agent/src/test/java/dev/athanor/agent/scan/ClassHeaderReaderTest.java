package dev.athanor.agent.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import example.model.Account;
import example.model.Invoice;
import example.model.Item;
import example.model.Money;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ClassHeaderReaderTest {

    @Test
    void readsClassAnnotationsAndFieldsInDeclarationOrder() throws IOException {
        ClassHeader item = ClassHeaderReader.read(bytesOf(Item.class));

        assertThat(item.name()).isEqualTo("example/model/Item");
        assertThat(item.className()).isEqualTo(Item.class.getName());
        assertThat(item.superName()).isEqualTo("java/lang/Object");
        assertThat(item.annotations()).containsExactly(PersistenceAnnotations.ENTITY);
        assertThat(item.fields()).extracting(FieldHeader::name)
                .containsExactly("instances", "id", "name", "quantity", "price", "parent", "children", "tags", "label",
                        "hits");
        assertThat(item.fields().get(0).isStatic()).isTrue();
        assertThat(item.fields().get(5).annotations()).containsExactly("Ljakarta/persistence/ManyToOne;");
        assertThat(item.fields().get(8).hasAnnotation(PersistenceAnnotations.TRANSIENT)).isTrue();
        assertThat(item.fields().get(9).isTransient()).isTrue();
        assertThat(item.isRecord()).isFalse();
        assertThat(item.isInterface()).isFalse();
        assertThat(item.version()).isEqualTo(61);
    }

    @Test
    void readsTheAnnotationsOfMethods() throws IOException {
        ClassHeader account = ClassHeaderReader.read(bytesOf(Account.class));

        assertThat(account.methodAnnotations("getId", "()Ljava/lang/Long;"))
                .containsExactly("Ljakarta/persistence/Id;");
        assertThat(account.methodAnnotations("getOwner", "()Ljava/lang/String;")).isEmpty();
    }

    @Test
    void knowsRecordsInterfacesAndSuperclasses() throws IOException {
        assertThat(ClassHeaderReader.read(bytesOf(Money.class)).isRecord()).isTrue();
        assertThat(ClassHeaderReader.read(bytesOf(Runnable.class)).isInterface()).isTrue();
        assertThat(ClassHeaderReader.read(bytesOf(Invoice.class)).superName())
                .isEqualTo("example/model/Audited");
    }

    @Test
    void somethingElseThanAClassFileIsAnIllegalArgument() {
        assertThatThrownBy(() -> ClassHeaderReader.read(new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClassHeaderReader.read(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    static byte[] bytesOf(Class<?> type) throws IOException {
        try (InputStream in = ClassLoader.getSystemResourceAsStream(type.getName().replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }
}
