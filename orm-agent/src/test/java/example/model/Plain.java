package example.model;

/** Not managed unless persistence.xml names it. Slot: note. */
public class Plain {

    private String note;

    public void setNote(String note) {
        this.note = note;
    }
}
