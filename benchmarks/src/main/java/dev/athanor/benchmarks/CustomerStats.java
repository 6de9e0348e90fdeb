package dev.athanor.benchmarks;

/**
 * A row of {@link QueryBenchmark}'s join with an aggregate: a customer, its order count and total.
 * Boxed, as {@code SELECT NEW} and {@code construct} pass JPQL's types (COUNT and SUM are Long).
 */
public record CustomerStats(Long id, String name, Long orders, Long total) {
}
