package dev.athanor.examples;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The tutorial's mapped class, SQLAlchemy's {@code User}: one row of {@code user_account}. The
 * database assigns the id (IDENTITY). The password is mapped like any column but kept out of
 * {@link #toString()}, so it never lands in a log line by accident.
 */
@Entity
@Table(name = "user_account")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 30, nullable = false)
    private String name;

    private String fullname;

    private String nickname;

    private String password;

    /** For the provider, which creates instances when it reads rows. */
    protected User() {
    }

    public User(String name, String fullname, String nickname, String password) {
        this.name = name;
        this.fullname = fullname;
        this.nickname = nickname;
        this.password = password;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFullname() {
        return fullname;
    }

    public void setFullname(String fullname) {
        this.fullname = fullname;
    }

    public String getNickname() {
        return nickname;
    }

    public void setNickname(String nickname) {
        this.nickname = nickname;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public String toString() {
        return "User(id=" + id + ", name=" + quoted(name) + ", fullname=" + quoted(fullname)
                + ", nickname=" + quoted(nickname) + ")";
    }

    private static String quoted(String value) {
        return value == null ? "null" : "'" + value + "'";
    }
}
