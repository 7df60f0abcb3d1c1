package dev.rehearse.security;

/** The roles an account can have (without Spring's ROLE_ prefix). */
public final class AppRoles {

    public static final String USER = "USER";
    public static final String ADMIN = "ADMIN";

    private AppRoles() {
    }
}
