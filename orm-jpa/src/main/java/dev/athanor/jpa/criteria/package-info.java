/**
 * The Jakarta Persistence Criteria API. Criteria objects are mutable builders; {@link
 * dev.athanor.jpa.criteria.CriteriaStatement#tree()} turns one into the same syntax tree the JPQL
 * parser makes, so Criteria and JPQL share every later rule and the plan cache.
 */
package dev.athanor.jpa.criteria;
