package dev.rehearse.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** An address the app has no page for: said plainly, with the way back, inside the usual frame. */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found · Rehearse")
@PermitAll
class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        addClassName("page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        Paragraph text = new Paragraph("There is no page at /%s. It may have moved, or the address has a typo."
                .formatted(event.getLocation().getPath()));
        text.addClassName("lead");
        add(new H1("Page not found"), text, HomeLink.create());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
