/**
 * The {@code jakarta.persistence.metamodel} API over Athanor's frozen mapping model:
 * {@link dev.athanor.jpa.metamodel.AthanorMetamodel} and the types and attributes it hands out.
 *
 * <p>Everything here is built once from a {@link dev.athanor.core.meta.Metadata} and never changes
 * afterwards, so each managed class has exactly one type object and each attribute one attribute
 * object: identity comparison is enough, as Criteria code and Spring Data expect. Attributes are
 * singular or, for a to-many, a {@code List}, {@code Set} or {@code Collection} attribute; there are
 * no map attributes, which the mapping model does not have.
 */
package dev.athanor.jpa.metamodel;
