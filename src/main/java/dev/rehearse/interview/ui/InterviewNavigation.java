package dev.rehearse.interview.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** The typed way for other features to the interview pages, which stay private to this package. */
@NamedInterface("ui")
public final class InterviewNavigation {

    private InterviewNavigation() {
    }

    public static void toSetup() {
        UI.getCurrent().navigate(InterviewSetupView.class);
    }

    public static void toInterview(UUID id) {
        UI.getCurrent().navigate(InterviewView.class, parameters(id));
    }

    public static RouterLink linkToSetup(String text) {
        return new RouterLink(text, InterviewSetupView.class);
    }

    static RouteParameters parameters(UUID id) {
        return new RouteParameters(InterviewView.ID, id.toString());
    }
}
