package dev.athanor.it.persistence.collections;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * An order and its lines, a bidirectional one-to-many written the way applications write it: the
 * line's {@code @ManyToOne} owns the foreign key, the order's list is {@code mappedBy} it, and the
 * order's helpers keep both sides in step.
 */
final class Sales {

    private Sales() {
    }

    @Entity
    @Table(name = "it_coll_order")
    public static class Order {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        private String customer;
        private String status;
        @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
        @OrderBy("lineNo")
        private List<Line> lines = new ArrayList<>();

        public Order() {
        }

        public Order(String customer) {
            this.customer = customer;
            this.status = "new";
        }

        public Long getId() {
            return id;
        }

        public String getCustomer() {
            return customer;
        }

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status;
        }

        public List<Line> getLines() {
            return lines;
        }

        public void setLines(List<Line> lines) {
            this.lines = lines;
        }

        /** Adds {@code line} as the next line of this order. */
        public Line addLine(Line line) {
            lines.add(line);
            line.setOrder(this);
            return line;
        }

        public void removeLine(Line line) {
            lines.remove(line);
            line.setOrder(null);
        }
    }

    @Entity
    @Table(name = "it_coll_line")
    public static class Line {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        @Column(name = "line_no")
        private int lineNo;
        private String product;
        private int quantity;
        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "order_id")
        private Order order;

        public Line() {
        }

        public Line(int lineNo, String product, int quantity) {
            this.lineNo = lineNo;
            this.product = product;
            this.quantity = quantity;
        }

        public Long getId() {
            return id;
        }

        public int getLineNo() {
            return lineNo;
        }

        public String getProduct() {
            return product;
        }

        public int getQuantity() {
            return quantity;
        }

        public void setQuantity(int quantity) {
            this.quantity = quantity;
        }

        public Order getOrder() {
            return order;
        }

        public void setOrder(Order order) {
            this.order = order;
        }
    }
}
