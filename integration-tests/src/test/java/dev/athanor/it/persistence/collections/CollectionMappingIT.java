package dev.athanor.it.persistence.collections;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.collections.Unsupported.Article;
import dev.athanor.it.persistence.collections.Unsupported.Catalogue;
import dev.athanor.it.persistence.collections.Unsupported.Index;
import dev.athanor.it.persistence.collections.Unsupported.Item;
import dev.athanor.it.persistence.collections.Unsupported.Ranking;
import jakarta.persistence.PersistenceException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Collection mappings not supported yet fail {@code createEntityManagerFactory}, naming the
 * entity and attribute and what to do, rather than misbehaving later.
 */
class CollectionMappingIT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Target.class)
    void aMapKeyedByAColumnOfItsOwnIsRefusedAtBoot(Target target) {
        assertThatThrownBy(() -> JpaUnit.open(target, dir, Catalogue.class, Item.class))
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("ATH-5014")
                .hasMessageContaining("Catalogue.itemsByCode")
                .hasMessageContaining("@MapKeyColumn is not supported yet")
                .hasMessageContaining("@MapKey(name = \"...\")");
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aMapKeyNamingNoAttributeOfTheValuesIsRefusedWithADidYouMean(Target target) {
        assertThatThrownBy(() -> JpaUnit.open(target, dir, Index.class, Item.class))
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("ATH-5001")
                .hasMessageContaining("Index.itemsByCode")
                .hasMessageContaining("@MapKey(name = \"cod\") names no attribute of Item")
                .hasMessageContaining("Did you mean 'code'?");
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void anElementCollectionIsRefusedAtBoot(Target target) {
        assertThatThrownBy(() -> JpaUnit.open(target, dir, Article.class))
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("ATH-")
                .hasMessageContaining("Article.tags")
                .hasMessageContaining("@ElementCollection is not supported yet");
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void anOrderColumnIsRefusedAtBoot(Target target) {
        assertThatThrownBy(() -> JpaUnit.open(target, dir, Ranking.class, Item.class))
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("ATH-")
                .hasMessageContaining("Ranking.items")
                .hasMessageContaining("@OrderColumn is not supported yet");
    }
}
