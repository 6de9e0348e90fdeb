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
import jakarta.persistence.metamodel.CollectionAttribute;
import jakarta.persistence.metamodel.EmbeddableType;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.IdentifiableType;
import jakarta.persistence.metamodel.ListAttribute;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.MappedSuperclassType;
import jakarta.persistence.metamodel.PluralAttribute.CollectionType;
import jakarta.persistence.metamodel.SetAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.metamodel.Type.PersistenceType;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
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
                    .containsExactlyInAnyOrder("genre", "pages", "publisher", "sequel", "authors");
            assertThat(book.getAttributes()).extracting(Attribute::getName)
                    .containsExactlyInAnyOrder("id", "version", "createdAt", "title", "editors", "genre", "pages",
                            "publisher", "sequel", "authors");
            assertThat(metamodel.managedType(Named.class).getDeclaredAttributes()).extracting(Attribute::getName)
                    .containsExactlyInAnyOrder("title", "editors");
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
        void attributeSetsAreUnmodifiable() {
            assertThatThrownBy(() -> metamodel.entity(Book.class).getAttributes().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class PluralAttributes {

        @Test
        void oneToManyList() {
            EntityType<Publisher> publisher = metamodel.entity(Publisher.class);
            ListAttribute<? super Publisher, Book> books = publisher.getList("books", Book.class);
            assertThat(books.getName()).isEqualTo("books");
            assertThat(books.getCollectionType()).isEqualTo(CollectionType.LIST);
            assertThat(books.getPersistentAttributeType()).isEqualTo(PersistentAttributeType.ONE_TO_MANY);
            assertThat(books.isAssociation()).isTrue();
            assertThat(books.isCollection()).isTrue();
            assertThat(books.getJavaType()).isEqualTo(List.class);
            assertThat(books.getElementType()).isSameAs(metamodel.entity(Book.class));
            assertThat(books.getBindableType()).isEqualTo(BindableType.PLURAL_ATTRIBUTE);
            assertThat(books.getBindableJavaType()).isEqualTo(Book.class);
            assertThat(books.getDeclaringType()).isSameAs(publisher);
            assertThat(books.getJavaMember()).isInstanceOf(Field.class).extracting(Member::getName)
                    .isEqualTo("books");
            assertThat(books).isNotInstanceOfAny(SetAttribute.class, CollectionAttribute.class);
            assertThat(books).hasToString("Publisher.books");
        }

        @Test
        void unidirectionalOneToManyToItsOwnEntity() {
            EntityType<Publisher> publisher = metamodel.entity(Publisher.class);
            ListAttribute<Publisher, ?> imprints = publisher.getDeclaredList("imprints");
            assertThat(imprints.getElementType()).isSameAs(publisher);
            assertThat(imprints.getPersistentAttributeType()).isEqualTo(PersistentAttributeType.ONE_TO_MANY);
        }

        @Test
        void manyToManySet() {
            EntityType<Book> book = metamodel.entity(Book.class);
            SetAttribute<Book, Author> authors = book.getDeclaredSet("authors", Author.class);
            assertThat(authors.getCollectionType()).isEqualTo(CollectionType.SET);
            assertThat(authors.getPersistentAttributeType()).isEqualTo(PersistentAttributeType.MANY_TO_MANY);
            assertThat(authors.getJavaType()).isEqualTo(Set.class);
            assertThat(authors.getElementType()).isSameAs(metamodel.entity(Author.class));
            assertThat(authors.getBindableJavaType()).isEqualTo(Author.class);
            assertThat(book.getSet("authors")).isSameAs(authors);
            assertThat(book.getAttribute("authors")).isSameAs(authors);
            assertThat(book.getDeclaredAttribute("authors")).isSameAs(authors);
        }

        @Test
        void inverseManyToManyCollectionUnderPropertyAccess() throws NoSuchMethodException {
            EntityType<Author> author = metamodel.entity(Author.class);
            CollectionAttribute<? super Author, Book> books = author.getCollection("books", Book.class);
            assertThat(books.getCollectionType()).isEqualTo(CollectionType.COLLECTION);
            assertThat(books.getPersistentAttributeType()).isEqualTo(PersistentAttributeType.MANY_TO_MANY);
            assertThat(books.getJavaType()).isEqualTo(Collection.class);
            assertThat(books.getElementType()).isSameAs(metamodel.entity(Book.class));
            assertThat(books.getJavaMember()).isEqualTo(Author.class.getMethod("getBooks"));
            assertThat(author.getDeclaredCollection("books")).isSameAs(books);
            assertThat(author.getDeclaredCollection("books", Object.class)).isSameAs(books);
        }

        @Test
        void pluralAttributeSetsHoldThePluralOnesAndSingularSetsTheRest() {
            EntityType<Book> book = metamodel.entity(Book.class);
            assertThat(book.getPluralAttributes()).extracting(Attribute::getName)
                    .containsExactlyInAnyOrder("editors", "authors");
            assertThat(book.getDeclaredPluralAttributes()).extracting(Attribute::getName).containsExactly("authors");
            assertThat(book.getSingularAttributes()).extracting(Attribute::getName)
                    .containsExactlyInAnyOrder("id", "version", "createdAt", "title", "genre", "pages", "publisher",
                            "sequel");
            assertThat(book.getDeclaredSingularAttributes()).extracting(Attribute::getName)
                    .containsExactlyInAnyOrder("genre", "pages", "publisher", "sequel");
            assertThat(book.getPluralAttributes()).allMatch(Attribute::isCollection);
            assertThatThrownBy(() -> book.getPluralAttributes().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void inheritedFromAMappedSuperclassIsItsOwnObject() {
            ManagedType<Named> named = metamodel.managedType(Named.class);
            SetAttribute<Named, ?> editors = named.getDeclaredSet("editors");
            EntityType<Book> book = metamodel.entity(Book.class);
            assertThat(book.getSet("editors", Author.class)).isSameAs(editors);
            assertThat(editors.getDeclaringType()).isSameAs(named);
            assertThat(editors.getElementType()).isSameAs(metamodel.entity(Author.class));
            assertThat(editors.getJavaMember().getDeclaringClass()).isEqualTo(Named.class);
            assertThatThrownBy(() -> book.getDeclaredSet("editors")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("inherits 'editors' from the mapped superclass Named")
                    .hasMessageContaining("getAttribute(\"editors\")");
        }

        @Test
        void aLookupOfAnotherCollectionKindNamesTheRightGetter() {
            EntityType<Book> book = metamodel.entity(Book.class);
            assertThatThrownBy(() -> book.getList("authors")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Book.authors is a Set attribute, not a List attribute; use getSet(\"authors\").");
            assertThatThrownBy(() -> book.getDeclaredCollection("authors", Author.class))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a Collection attribute; use getSet(\"authors\")");
            assertThatThrownBy(() -> metamodel.entity(Author.class).getSet("books"))
                    .hasMessageContaining("Author.books is a Collection attribute, not a Set attribute");
        }

        @Test
        void singularAndPluralLookupsDoNotCross() {
            EntityType<Book> book = metamodel.entity(Book.class);
            assertThatThrownBy(() -> book.getList("pages", Integer.class)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Book.pages is a single-valued attribute, not a List attribute;"
                            + " use getSingularAttribute(\"pages\").");
            assertThatThrownBy(() -> book.getSingularAttribute("authors")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Book.authors is a Set attribute, not a single-valued one; use getSet(\"authors\").");
            assertThatThrownBy(() -> book.getDeclaredSingularAttribute("authors", Set.class))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use getSet(\"authors\")");
        }

        @Test
        void theElementTypeIsChecked() {
            EntityType<Publisher> publisher = metamodel.entity(Publisher.class);
            assertThatThrownBy(() -> publisher.getList("books", Author.class))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Publisher.books is a List of " + Book.class.getName() + ", not of "
                            + Author.class.getName());
            assertThat(publisher.getList("books", Named.class)).isSameAs(publisher.getList("books"));
        }

        @Test
        void unknownNamesSuggestTheClosest() {
            EntityType<Publisher> publisher = metamodel.entity(Publisher.class);
            assertThatThrownBy(() -> publisher.getList("bokos")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("entity Publisher").hasMessageContaining("no attribute 'bokos'")
                    .hasMessageContaining("Did you mean 'books'?");
            assertThatThrownBy(() -> publisher.getDeclaredSet("bokos", Book.class))
                    .hasMessageContaining("Did you mean 'books'?");
        }

        @Test
        void thereAreNoMapAttributes() {
            EntityType<Publisher> publisher = metamodel.entity(Publisher.class);
            assertThatThrownBy(() -> publisher.getMap("bookByTitle")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("has no attribute 'bookByTitle'");
            assertThatThrownBy(() -> publisher.getDeclaredMap("books", String.class, Book.class))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Publisher.books is a List attribute, not a Map attribute; use getList(\"books\").");
            assertThatThrownBy(() -> publisher.getMap("name")).hasMessageContaining("single-valued");
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
                    Library.Named_.class, Library.Audited_.class, Library.Publisher_.class, Library_.Author_.class);
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
        void populatesPluralAttributesByTheirInterface() {
            metamodel.populateStaticMetamodel();
            EntityType<Publisher> publisher = metamodel.entity(Publisher.class);
            assertThat(Library.Publisher_.class_).isSameAs(publisher);
            assertThat(Library.Publisher_.books).isSameAs(publisher.getList("books"));
            assertThat(Library.Publisher_.imprints).isSameAs(publisher.getList("imprints"));
            assertThat(Library.Publisher_.name).isSameAs(publisher.getAttribute("name"));
            assertThat(Library.Publisher_.BOOKS).isEqualTo("books");
            assertThat(Library.Named_.editors).isSameAs(metamodel.managedType(Named.class).getSet("editors"));
            assertThat(Library_.Author_.books).isSameAs(metamodel.entity(Author.class).getCollection("books"));
            // a ListAttribute field for what is a Set: stale, left alone
            assertThat(Library.Book_.authors).isNull();
        }

        @Test
        void isIdempotentAndTheLatestMetamodelWins() {
            metamodel.populateStaticMetamodel();
            metamodel.populateStaticMetamodel();
            assertThat(Library.Book_.sequel).isSameAs(metamodel.entity(Book.class).getAttribute("sequel"));
            AthanorMetamodel other = new AthanorMetamodel(new MetadataBuilder()
                    .add(Publisher.class, Book.class, Author.class).build());
            other.populateStaticMetamodel();
            assertThat(Library.Book_.sequel).isSameAs(other.entity(Book.class).getAttribute("sequel"));
        }
    }
}
