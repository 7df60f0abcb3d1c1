/**
 * The person's data, theirs to take away and bring back: one interview as a Markdown report; everything as JSON (a
 * documented format with a version) and as CSV; their questions with their latest answers as notes Anki imports; and
 * a JSON export imported into an empty account, whole or not at all.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Export")
package dev.rehearse.export;
