package example.model;

/** Not managed: reads a field of a class that is not managed either, and a static field of an entity. */
public class TallyReader {

    public static int read(Tally tally) {
        return tally.total + Item.instances;
    }
}
