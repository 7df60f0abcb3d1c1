package dev.rehearse.security;

/**
 * Published inside the transaction that deletes an account, before the account's own row goes: every feature that
 * keeps rows of the person deletes them then, so that the deletion commits whole or not at all. A feature whose rows
 * reference another feature's rows must delete first: its listener carries {@link #BEFORE_INTERVIEWS} as its
 * {@link org.springframework.core.annotation.Order}, and the interviews' own listener {@link #INTERVIEWS}.
 */
public record AccountClosing(long accountId) {

    /** The order of listeners whose rows reference interviews or their answers. */
    public static final int BEFORE_INTERVIEWS = 100;

    /** The order of the listener that deletes the interviews and their answers. */
    public static final int INTERVIEWS = 200;
}
