package example.model;

/** Not managed, with a field another class reads. */
public class Tally {

    int total;
}
