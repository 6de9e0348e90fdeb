package dev.athanor.it.query.model;

/** Where a purchase order stands; stored by name ({@code @Enumerated(STRING)}). */
public enum OrderStatus {
    NEW, PAID, SHIPPED, CANCELLED
}
