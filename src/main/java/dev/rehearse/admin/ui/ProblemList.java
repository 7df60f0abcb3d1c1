package dev.rehearse.admin.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import dev.rehearse.questionbank.BankProblem;
import java.util.List;

/** Problems of question files, one per line as the command line prints them: {@code file:line: message}. */
class ProblemList extends UnorderedList {

    ProblemList(List<BankProblem> problems) {
        addClassName("problem-list");
        problems.forEach(p -> add(new ListItem(p.toString())));
    }
}
