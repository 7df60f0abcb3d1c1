/**
 * How the person is doing: readiness per topic, their practice over the last 26 weeks, their streak, how their
 * answers' coverage and ratings move week by week, and their weakest topics to practise.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Progress")
package dev.rehearse.progress;
