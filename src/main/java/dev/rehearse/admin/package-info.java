/**
 * The admin area: the question bank as administrators manage it (its counts, its files' problems, a reload previewed
 * before it is applied, one file added), and the audit log of everything administrators do, written in the same
 * transaction as the action and never changed afterwards.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin")
package dev.rehearse.admin;
