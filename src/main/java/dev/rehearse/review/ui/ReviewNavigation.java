package dev.rehearse.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** The typed way for other features to the review pages, which stay private to this package. */
@NamedInterface("ui")
public final class ReviewNavigation {

    private ReviewNavigation() {
    }

    public static void toReview(UUID interviewId) {
        UI.getCurrent().navigate(ReviewView.class, parameters(interviewId));
    }

    public static RouterLink linkToReview(String text, UUID interviewId) {
        return new RouterLink(text, ReviewView.class, parameters(interviewId));
    }

    public static RouterLink linkToHistory(String text) {
        return new RouterLink(text, HistoryView.class);
    }

    static String reviewLocation(UUID interviewId) {
        return RouteConfiguration.forApplicationScope().getUrl(ReviewView.class, parameters(interviewId));
    }

    static RouteParameters parameters(UUID interviewId) {
        return new RouteParameters(ReviewView.ID, interviewId.toString());
    }
}
