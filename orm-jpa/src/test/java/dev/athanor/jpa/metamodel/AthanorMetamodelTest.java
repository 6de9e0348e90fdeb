package dev.athanor.jpa.metamodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.jpa.metamodel.Library.Address;
import dev.athanor.jpa.metamodel.Library.Audited;
import dev.athanor.jpa.metamodel.Library.Author;
import dev.athanor.jpa.metamodel.Library.Book;
import dev.athanor.jpa.metamodel.Library.Geo;
import dev.athanor.jpa.metamodel.Library.Named;
import dev.athanor.jpa.metamodel.Library.Publisher;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
import jakarta.persistence.metamodel.Bindable.BindableType;
import jakarta.persistence.metamodel.EmbeddableType;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.IdentifiableType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.MappedSuperclassType;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.metamodel.Type.PersistenceType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AthanorMetamodelTest {

    private final AthanorMetamodel metamodel = new AthanorMetamodel(new MetadataBuilder()
            .add(Audited.class, Named.class, Address.class, Publisher.class, Book.class, Author.class).build());

    @Nested
    class Types {

        @Test
        void managedTypesAreEntitiesEmbeddablesAndMappedSuperclasses() {
            assertThat(metamodel.getEntities()).extracting(EntityType::getName)
                    .containsExactly("Publisher", "Volume", "Author");
            assertThat(metamodel.getEmbeddables()).<Class<?>>extracting(EmbeddableType::getJavaType)
                    .containsExactlyInAnyOrder(Address.class, Geo.class);
            assertThat(metamodel.getManagedTypes()).<Class<?>>extracting(ManagedType::getJavaType)
                    .containsExactlyInAnyOrder(Publisher.class, Book.class, Author.class, Address.class, Geo.class,
                            Audited.class, Named.class);
            assertThat(metamodel.managedType(Audited.class)).isInstanceOf(MappedSuperclassType.class)
                    .extracting(ManagedType::getPersistenceType).isEqualTo(PersistenceType.MAPPED_SUPERCLASS);
        }

        @Test
        void oneInstancePerTypeWhicheverWayItIsReached() {
            EntityType<Book> book = metamodel.entity(Book.class);
            assertThat(metamodel.entity("Volume")).isSameAs(book);
            assertThat(metamodel.managedType(Book.class)).isSameAs(book);
            assertThat(metamodel.getEntities()).contains(book);
            assertThat(book.getSingularAttribute("sequel").getType()).isSameAs(book);
            assertThat(book.getSingularAttribute("publisher").getType()).isSameAs(metamodel.entity(Publisher.class));
            assertThat(metamodel.entity(Publisher.class).getSingularAttribute("address").getType())
                    .isSameAs(metamodel.embeddable(Address.class));
            assertThat(metamodel.embeddable(Address.class).getSingularAttribute("geo").getType())
                    .isSameAs(metamodel.embeddable(Geo.class));
            assertThat(book.getSingularAttribute("title").getType())
                    .isSameAs(metamodel.entity(Publisher.class).getSingularAttribute("name").getType());
        }

        @Test
        void entityTypeIsBindableAsItself() {
            EntityType<Book> book = metamodel.entity(Book.class);
            assertThat(book.getName()).isEqualTo("Volume");
            assertThat(book.getPersistenceType()).isEqualTo(PersistenceType.ENTITY);
            assertThat(book.getBindableType()).isEqualTo(BindableType.ENTITY_TYPE);
            assertThat(book.getBindableJavaType()).isEqualTo(Book.class);
            assertThat(metamodel.embeddable(Address.class).getPersistenceType()).isEqualTo(PersistenceType.EMBEDDABLE);
        }
    }

    @Nested
    class Hierarchy {

        @Test
        void supertypesFollowTheMappedSuperclassChain() {
            IdentifiableType<? super Book> named = metamodel.entity(Book.class).getSupertype();
            assertThat(named).isSameAs(metamodel.managedType(Named.class));
            assertThat(named.getSupertype()).isSameAs(metamodel.managedType(Audited.class));
            assertThat(named.getSupertype().getSupertype()).isNull();
            assertThat(metamodel.entity(Publisher.class).getSupertype()).isSameAs(metamodel.managedType(Audited.class));
            assertThat(metamodel.entity(Author.class).getSupertype()).isNull();
        }

        @Test
        void declaredAttributesAreTheClassOwnAndAttributesIncludeInheritedOnes() {
            EntityType<Book> book = metamodel.entity(Book.class);
            assertThat(book.getDeclaredAttributes()).extracting(Attribute::getName)
                    .containsExactlyInAnyOrder("genre", "pages", "publisher", "sequel");
            assertThat(book.getAttributes()).extracting(Attribute::getName)
                    .containsExactlyInAnyOrder("id", "version", "createdAt", "title", "genre", "pages", "publisher",
                            "sequel");
            assertThat(metamodel.managedType(Named.class).getDeclaredAttributes()).extracting(Attribute::getName)
                    .containsExactly("title");
            assertThat(metamodel.managedType(Audited.class).getDeclaredAttributes()).extracting(Attribute::getName)
                    .containsExactlyInAnyOrder("id", "version", "createdAt");
        }

        @Test
        void inheritedAttributesAreTheMappedSuperclassOwnObjects() {
            ManagedType<Audited> audited = metamodel.managedType(Audited.class);
            SingularAttribute<? super Book, ?> id = metamodel.entity(Book.class).getSingularAttribute("id");
            assertThat(id).isSameAs(audited.getAttribute("id"));
            assertThat(id).isSameAs(metamodel.entity(Publisher.class).getAttribute("id"));
            assertThat(id.getDeclaringType()).isSameAs(audited);
            assertThat(metamodel.entity(Book.class).getAttribute("pages").getDeclaringType())
                    .isSameAs(metamodel.entity(Book.class));
        }

        @Test
        void idAndVersionDeclaredInAMappedSuperclass() {
            EntityType<Book> book = metamodel.entity(Book.class);
            assertThat(book.hasSingleIdAttribute()).isTrue();
            assertThat(book.hasVersionAttribute()).isTrue();
            assertThat(book.getId(Long.class).getName()).isEqualTo("id");
            assertThat(book.getId(Long.class).isId()).isTrue();
            assertThat(book.getIdType().getJavaType()).isEqualTo(Long.class);
            assertThat(book.getIdType().getPersistenceType()).isEqualTo(PersistenceType.BASIC);
            assertThat(book.getVersion(Long.class).getJavaType()).isEqualTo(long.class);
            assertThat(book.getVersion(Object.class).isVersion()).isTrue();
            MappedSuperclassType<Audited> audited = (MappedSuperclassType<Audited>) metamodel.managedType(Audited.class);
            assertThat(audited.getDeclaredId(Long.class)).isSameAs(book.getId(Long.class));
            assertThat(audited.getDeclaredVersion(long.class)).isSameAs(book.getVersion(Long.class));
            assertThatThrownBy(() -> book.getDeclaredId(Long.class)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("mapped superclass Audited").hasMessageContaining("getId");
            assertThatThrownBy(() -> book.getDeclaredVersion(Long.class))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void idAndVersionLookupsCheckTheType() {
            EntityType<Book> book = metamodel.entity(Book.class);
            assertThatThrownBy(() -> book.getId(String.class)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Audited.id is of type java.lang.Long, not java.lang.String");
            assertThatThrownBy(() -> metamodel.entity(Author.class).getVersion(Long.class))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no @Version");
            assertThat(metamodel.entity(Author.class).hasVersionAttribute()).isFalse();
        }

        @Test
        void noIdClass() {
            assertThatThrownBy(() -> metamodel.entity(Book.class).getIdClassAttributes())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("getId(Long.class)");
        }

        @Test
        void aMappedSuperclassWithoutIdLeavesItToTheChainAbove() {
            IdentifiableType<Named> named = (IdentifiableType<Named>) metamodel.managedType(Named.class);
            assertThat(named.hasSingleIdAttribute()).isTrue();
            assertThat(named.getId(Long.class).getDeclaringType()).isSameAs(metamodel.managedType(Audited.class));
        }
    }

    @Nested
    class Attributes {

        @Test
        void basicAttribute() {
            SingularAttribute<? super Book, Integer> pages = metamodel.entity(Book.class)
                    .getSingularAttribute("pages", Integer.class);
            assertThat(pages.getPersistentAttributeType()).isEqualTo(PersistentAttributeType.BASIC);
            assertThat(pages.getJavaType()).isEqualTo(int.class);
            assertThat(pages.isOptional()).isFalse();
            assertThat(pages.isAssociation()).isFalse();
            assertThat(pages.isCollection()).isFalse();
            assertThat(pages.isId()).isFalse();
            assertThat(pages.getBindableType()).isEqualTo(BindableType.SINGULAR_ATTRIBUTE);
            assertThat(pages.getType().getPersistenceType()).isEqualTo(PersistenceType.BASIC);
            assertThat(pages.getJavaMember()).isInstanceOf(Field.class).extracting(m -> m.getDeclaringClass())
                    .isEqualTo(Book.class);
        }

        @Test
        void enumAndInheritedBasics() {
            EntityType<Book> book = metamodel.entity(Book.class);
            assertThat(book.getSingularAttribute("genre").getJavaType()).isEqualTo(Library.Genre.class);
            assertThat(book.getSingularAttribute("genre").isOptional()).isTrue();
            assertThat(book.getSingularAttribute("createdAt", Instant.class).getJavaMember().getDeclaringClass())
                    .isEqualTo(Audited.class);
        }

        @Test
        void toOneAttributes() {
            SingularAttribute<? super Book, ?> publisher = metamodel.entity(Book.class).getSingularAttribute("publisher");
            assertThat(publisher.getPersistentAttributeType()).isEqualTo(PersistentAttributeType.MANY_TO_ONE);
            assertThat(publisher.isAssociation()).isTrue();
            assertThat(publisher.isOptional()).isFalse();
            assertThat(publisher.getBindableJavaType()).isEqualTo(Publisher.class);
            SingularAttribute<? super Book, ?> sequel = metamodel.entity(Book.class).getSingularAttribute("sequel");
            assertThat(sequel.getPersistentAttributeType()).isEqualTo(PersistentAttributeType.ONE_TO_ONE);
            assertThat(sequel.isOptional()).isTrue();
        }

        @Test
        void embeddedAttributes() {
            SingularAttribute<? super Publisher, ?> address = metamodel.entity(Publisher.class)
                    .getSingularAttribute("address");
            assertThat(address.getPersistentAttributeType()).isEqualTo(PersistentAttributeType.EMBEDDED);
            assertThat(address.isAssociation()).isFalse();
            assertThat(address.getType().getPersistenceType()).isEqualTo(PersistenceType.EMBEDDABLE);
            assertThat(metamodel.embeddable(Address.class).getAttributes()).extracting(Attribute::getName)
                    .containsExactlyInAnyOrder("street", "city", "geo");
            assertThat(metamodel.embeddable(Address.class).getAttribute("city").getDeclaringType())
                    .isSameAs(metamodel.embeddable(Address.class));
        }

        @Test
        void propertyAccessGivesTheGetter() throws NoSuchMethodException {
            EntityType<Author> author = metamodel.entity(Author.class);
            assertThat(author.getDeclaredId(Long.class).getJavaMember()).isEqualTo(Author.class.getMethod("getId"));
            Method isActive = Author.class.getMethod("isActive");
            assertThat(author.getSingularAttribute("active", Boolean.class).getJavaMember()).isEqualTo(isActive);
        }

        @Test
        void unknownNamesSuggestTheClosest() {
            EntityType<Book> book = metamodel.entity(Book.class);
            assertThatThrownBy(() -> book.getAttribute("pagse")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("entity Book").hasMessageContaining("'pagse'")
                    .hasMessageContaining("Did you mean 'pages'?");
            assertThatThrownBy(() -> book.getDeclaredAttribute("title")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("inherits 'title' from the mapped superclass Named");
            assertThatThrownBy(() -> book.getSingularAttribute("pages", String.class))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("of type int, not");
        }

        @Test
        void noPluralAttributesYet() {
            EntityType<Book> book = metamodel.entity(Book.class);
            assertThat(book.getPluralAttributes()).isEmpty();
            assertThat(book.getDeclaredPluralAttributes()).isEmpty();
            assertThatThrownBy(() -> book.getSet("tags")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("does not map collection attributes yet");
            assertThatThrownBy(() -> book.getList("pages", Integer.class)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("single-valued");
        }

        @Test
        void attributeSetsAreUnmodifiable() {
            assertThatThrownBy(() -> metamodel.entity(Book.class).getAttributes().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class UnknownClasses {

        @Test
        void notManagedNamesTheClassTheManagedTypesAndAGuess() {
            assertThatThrownBy(() -> metamodel.entity(Library.Genre.class))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(Library.Genre.class.getName() + " is not an entity")
                    .hasMessageContaining("Book (entity 'Volume')").hasMessageContaining("Audited (mapped superclass)");
            assertThatThrownBy(() -> metamodel.managedType(Library.class)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not a managed type");
        }

        @Test
        void didYouMeanByClassName() {
            assertThatThrownBy(() -> metamodel.managedType(Library_.Author_.class))
                    .hasMessageContaining("Did you mean " + Author.class.getName() + "?");
        }

        @Test
        void theWrongKindOfManagedTypeSaysWhatItIs() {
            assertThatThrownBy(() -> metamodel.entity(Address.class)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not an entity but the embeddable Address");
            assertThatThrownBy(() -> metamodel.embeddable(Audited.class))
                    .hasMessageContaining("but the mapped superclass Audited");
        }

        @Test
        void entityNamesAreUnqualified() {
            assertThatThrownBy(() -> metamodel.entity("Volum")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Did you mean 'Volume'?");
            assertThatThrownBy(() -> metamodel.entity(Book.class.getName()))
                    .hasMessageContaining("That is the class of the entity named 'Volume'");
        }
    }

    @Nested
    class StaticMetamodel {

        @Test
        void populatesAttributesAndTypesAndLeavesConstantsAlone() {
            assertThat(metamodel.populateStaticMetamodel()).containsExactlyInAnyOrder(Library.Book_.class,
                    Library.Named_.class, Library.Audited_.class, Library_.Author_.class);
            EntityType<Book> book = metamodel.entity(Book.class);
            assertThat(Library.Book_.class_).isSameAs(book);
            assertThat(Library.Book_.pages).isSameAs(book.getAttribute("pages"));
            assertThat(Library.Book_.publisher).isSameAs(book.getAttribute("publisher"));
            assertThat(Library.Book_.PAGES).isEqualTo("pages");
            assertThat(Library.Book_.tags).isNull();
            assertThat(Library.Named_.title).isSameAs(book.getAttribute("title"));
            assertThat(Library.Audited_.class_).isSameAs(metamodel.managedType(Audited.class));
            assertThat(Library.Audited_.id).isSameAs(book.getId(Long.class));
            assertThat(Library_.Author_.active).isSameAs(metamodel.entity(Author.class).getAttribute("active"));
        }

        @Test
        void isIdempotentAndTheLatestMetamodelWins() {
            metamodel.populateStaticMetamodel();
            metamodel.populateStaticMetamodel();
            assertThat(Library.Book_.sequel).isSameAs(metamodel.entity(Book.class).getAttribute("sequel"));
            AthanorMetamodel other = new AthanorMetamodel(new MetadataBuilder()
                    .add(Publisher.class, Book.class).build());
            other.populateStaticMetamodel();
            assertThat(Library.Book_.sequel).isSameAs(other.entity(Book.class).getAttribute("sequel"));
        }
    }
}
