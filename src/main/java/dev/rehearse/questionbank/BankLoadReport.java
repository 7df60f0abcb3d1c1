package dev.rehearse.questionbank;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What reading a bank folder found: the questions that loaded, the problems of the files that did not, the ids of
 * every question file present (broken or not, so that a broken file does not retire its question) and the display
 * names of the topics.
 */
public record BankLoadReport(
        String folder,
        int files,
        List<ParsedQuestion> questions,
        List<BankProblem> problems,
        Set<String> presentIds,
        Map<String, String> topicNames) {

    public BankLoadReport {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
        presentIds = Set.copyOf(presentIds);
        topicNames = Map.copyOf(topicNames);
    }

    public long topicCount() {
        return questions.stream().map(ParsedQuestion::topic).distinct().count();
    }

    /** Such as {@code 3 files, 2 questions, 1 topic, 1 problem}. */
    public String summary() {
        return String.join(", ", counted(files, "file"), counted(questions.size(), "question"),
                counted(topicCount(), "topic"), counted(problems.size(), "problem"));
    }

    private static String counted(long count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }
}
