package example.app;

import example.model.Post;

/** A service outside the entity's package, writing its public field directly. */
public final class Newsdesk {

    private Newsdesk() {
    }

    public static void retitle(Post post, String title) {
        post.title = title;
    }
}
