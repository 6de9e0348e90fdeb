package example.model;

import jakarta.persistence.Entity;

/** One field of each primitive type, in slot order: flag, tiny, small, letter, count, big, ratio, amount. */
@Entity
public class Primitives {

    private boolean flag;
    private byte tiny;
    private short small;
    private char letter;
    private int count;
    private long big;
    private float ratio;
    private double amount;

    public void setAll(boolean flag, byte tiny, short small, char letter, int count, long big, float ratio,
                       double amount) {
        this.flag = flag;
        this.tiny = tiny;
        this.small = small;
        this.letter = letter;
        this.count = count;
        this.big = big;
        this.ratio = ratio;
        this.amount = amount;
    }

    public long getBig() {
        return big;
    }

    public double getAmount() {
        return amount;
    }

    public void setBig(long big) {
        this.big = big;
    }

    public void setAmount(double amount) {
        this.amount = amount;
    }
}
