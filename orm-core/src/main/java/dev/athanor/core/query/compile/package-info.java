/**
 * The JPQL compiler: a syntax tree (from the parser or Criteria) and the mapping in, a
 * {@link dev.athanor.core.query.QueryPlan} out.
 *
 * <p>{@link dev.athanor.core.query.compile.PlanBuilder} starts one compilation per statement. A
 * {@code Scope} holds the identification variables of a query level and the FROM clause built for
 * it; {@code FromClause} declares roots and joins; {@code PathResolver} resolves dotted paths (joining
 * to-one targets once per path); {@code ExpressionTranslator}, {@code Functions} and
 * {@code Conditions} turn expressions into typed SQL ({@code Types} holds the specification's type
 * rules); {@code Parameters} gives every parameter occurrence a slot and its conversion;
 * {@code SelectTranslator} and {@code ResultShape} build the select list, fetches and root paging;
 * {@code SetOperations} and {@code UpdateDeleteTranslator} handle the other statement forms.
 */
package dev.athanor.core.query.compile;
