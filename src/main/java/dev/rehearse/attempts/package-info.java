/**
 * Every attempt at one question: the person's answers to it over time, each beside the model answer as it was when
 * they answered, and two of them compared word by word with the key points gained and lost.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attempts")
package dev.rehearse.attempts;
