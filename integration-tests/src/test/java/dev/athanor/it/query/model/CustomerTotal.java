package dev.athanor.it.query.model;

/** A result built by {@code SELECT NEW}: a customer's name, order count and quantity ordered. */
public record CustomerTotal(String name, Long orders, Long quantity) {
}
