package dev.flux.spring.app;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entity whose table only the migrations create, for ddl-auto=validate. */
@Entity
@Table(name = "users")
public class User {
    @Id
    private Integer id;
    private String name;
    private String email;

    protected User() {
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }
}
