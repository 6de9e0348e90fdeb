package dev.athanor.it.persistence.collections;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.collections.Unsupported.Article;
import dev.athanor.it.persistence.collections.Unsupported.Catalogue;
import dev.athanor.it.persistence.collections.Unsupported.Index;
import dev.athanor.it.persistence.collections.Unsupported.Item;
import dev.athanor.it.persistence.collections.Unsupported.Podium;
import dev.athanor.it.persistence.collections.Unsupported.Ranking;
import jakarta.persistence.PersistenceException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Collection mappings not supported yet, and {@code @OrderColumn} where it cannot keep positions,
 * fail {@code createEntityManagerFactory}, naming the entity and attribute and what to do, rather
 * than misbehaving later.
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
    void anOrderColumnOnASetOrBesideOrderByIsRefusedAtBoot(Target target) {
        assertThatThrownBy(() -> JpaUnit.open(target, dir, Ranking.class, Podium.class, Item.class))
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("ATH-5001")
                .hasMessageContaining("Ranking.items")
                .hasMessageContaining("@OrderColumn on a @OneToMany declared as java.util.Set")
                .hasMessageContaining("Declare the attribute as List<...>")
                .hasMessageContaining("ATH-5013")
                .hasMessageContaining("Podium.items")
                .hasMessageContaining("both @OrderColumn and @OrderBy")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage())
                        .doesNotContain("not supported yet"));
    }
}
