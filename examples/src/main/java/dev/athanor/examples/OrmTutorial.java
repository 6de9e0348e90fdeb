package dev.athanor.examples;

import static dev.athanor.examples.Tutorial.heading;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;

/**
 * The second part of the tutorial, in the order of SQLAlchemy's ORM pages, in plain Jakarta
 * Persistence: a mapped class ({@link User}), a persistence unit read from
 * {@code META-INF/persistence.xml}, then the unit of work: INSERTs, an UPDATE of only what
 * changed, a rollback, find by id, then queries in JPQL and with the Criteria API. Echo is on in
 * the unit, so every statement is printed
 * under the step that caused it.
 */
public final class OrmTutorial {

    private OrmTutorial() {
    }

    public static void main(String[] args) {
        run();
    }

    static void run() {
        heading("The ORM: the persistence unit 'tutorial' creates its schema at startup");
        // META-INF/persistence.xml: SQLite in memory, athanor.echo=true, database.action=create
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("tutorial");
        System.out.println(emf.getMetamodel().getEntities().size() + " entity mapped: "
                + emf.getMetamodel().entity(User.class).getName());

        EntityManager em = emf.createEntityManager();

        heading("Adding users: persist() defers the INSERT; reading an id inserts what is pending, flush batches the rest");
        User spongebob = new User("spongebob", "Spongebob Squarepants", "sb", "s3cret");
        User sandy = new User("sandy", "Sandy Cheeks", null, "acorn");
        User patrick = new User("patrick", "Patrick Star", "pat", "rock");
        em.getTransaction().begin();
        System.out.println("before persist: spongebob.getId() = " + spongebob.getId());
        em.persist(spongebob);
        System.out.println("after persist:  spongebob.getId() = " + spongebob.getId());
        em.persist(sandy);
        em.persist(patrick);
        System.out.println("flush: sandy and patrick go in one INSERT");
        em.flush();
        em.getTransaction().commit();
        System.out.println("committed: " + spongebob + ", " + sandy + ", " + patrick);

        heading("Changing one user: at commit, one UPDATE of the changed column only");
        em.getTransaction().begin();
        sandy.setFullname("Sandy Squirrel");
        System.out.println("set sandy's fullname; nothing is written yet");
        em.getTransaction().commit();

        heading("Rolling back: the flushed UPDATE is undone, the instances are detached");
        em.getTransaction().begin();
        patrick.setNickname("patty");
        em.flush();
        em.getTransaction().rollback();
        System.out.println("after rollback: em.contains(patrick) = " + em.contains(patrick)
                + "; the detached instance still says nickname='" + patrick.getNickname() + "'");
        User again = em.find(User.class, patrick.getId());
        System.out.println("found again from the database: " + again + "; same instance: " + (again == patrick));

        heading("Finding by id: one SELECT, then the persistence context answers");
        try (EntityManager other = emf.createEntityManager()) {
            User found = other.find(User.class, sandy.getId());
            System.out.println("found: " + found);
            System.out.println("a second find is the same instance, with no SELECT: "
                    + (other.find(User.class, sandy.getId()) == found));
        }

        heading("Querying: JPQL and the Criteria API, one SELECT each, the results managed");
        try (EntityManager other = emf.createEntityManager()) {
            List<User> named = other.createQuery("SELECT u FROM User u WHERE u.name IN :names ORDER BY u.name",
                    User.class).setParameter("names", List.of("sandy", "patrick")).getResultList();
            System.out.println("JPQL: " + named);
            System.out.println("the same instance as find(): "
                    + (other.find(User.class, named.get(0).getId()) == named.get(0)));

            CriteriaBuilder cb = other.getCriteriaBuilder();
            CriteriaQuery<Long> count = cb.createQuery(Long.class);
            Root<User> user = count.from(User.class);
            count.select(cb.count(user)).where(cb.like(user.get("fullname"), cb.parameter(String.class, "pattern")));
            Long startingWithS = other.createQuery(count).setParameter("pattern", "S%").getSingleResult();
            System.out.println("Criteria: users whose full name starts with S: " + startingWithS);
        }

        heading("Closing the factory");
        em.close();
        emf.close();
        System.out.println("factory open: " + emf.isOpen());
    }
}
