package example.model;

/** Not managed: a service in the entities' package that reads and writes their fields directly. */
public class Clerk {

    private final Post draft;

    /** Writes a field of the entity it is given while it is constructed. */
    public Clerk(Post draft) {
        this.draft = draft;
        draft.title = "draft";
    }

    public Post draft() {
        return draft;
    }

    public static void retitle(Post post, String title) {
        post.title = title;
    }

    public static String titleOf(Post post) {
        return post.title;
    }

    public static int countOf(Post post) {
        return post.count;
    }

    public static void addTwo(Post post) {
        post.count += 2;
    }

    /** Writes a field declared by a mapped superclass, named through the entity. */
    public static void sign(Invoice invoice, String who) {
        invoice.createdBy = who;
    }

    public static void retitleLater(Post post, String title) {
        Runnable retitle = () -> post.title = title;
        retitle.run();
    }

    /** A static field of an entity is no state of an instance: left as it is. */
    public static int items() {
        return Item.instances;
    }
}
