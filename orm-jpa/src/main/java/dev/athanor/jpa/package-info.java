/**
 * The {@code jakarta.persistence} API over the Athanor session: {@code PersistenceProvider},
 * {@code EntityManagerFactory}, {@code EntityManager} and queries. No SQL is written here; the
 * persistence core issue fills this package.
 */
package dev.athanor.jpa;
