/**
 * The Jakarta Persistence Criteria API. Criteria objects are mutable builders; {@link
 * dev.athanor.jpa.criteria.CriteriaStatement#tree()} turns one into the same syntax tree the JPQL
 * parser makes, so Criteria and JPQL share every later rule and the plan cache. The plain values a
 * query is given are generated parameters in the tree ({@link
 * dev.athanor.jpa.criteria.CriteriaStatement#implicitValues()}), bound when the query is made, so
 * that queries differing only in their values share one plan.
 */
package dev.athanor.jpa.criteria;
