package dev.rehearse.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;

/** The frame of every signed-in page: the app's name, navigation, and who is signed in with a way out. */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, ThemePreference theme) {
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        Span title = new Span("Rehearse");
        title.addClassName("navbar-title");
        Header bar = new Header(toggle, title);
        bar.addClassName("navbar-content");
        addToNavbar(true, bar);

        Div brand = new Div();
        brand.addClassName("brand");
        Span mark = new Span("R");
        mark.addClassName("brand-mark");
        Div words = new Div(new Span("Rehearse"), new Span("FastAPI interview practice"));
        words.addClassName("brand-words");
        brand.add(mark, words);

        SideNav nav = new SideNav();
        nav.setId("main-nav");
        // Views announce themselves with @Menu, so the layout needs to know none of them.
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        });

        String name = authentication.getPrincipalName().orElse("");
        Span user = new Span(VaadinIcon.USER.create(), new Span(name));
        user.addClassName("current-user");
        user.setId("current-user");
        Button logout = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button themeToggle = new Button(VaadinIcon.ADJUST.create());
        themeToggle.setId("theme-toggle");
        themeToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        themeToggle.setAriaLabel("Switch between light and dark theme");
        themeToggle.setTooltipText("Light or dark theme");
        themeToggle.addClickListener(e -> {
            boolean dark = theme.toggle();
            e.getSource().getUI().ifPresent(ui -> ui.getElement().getThemeList().set(Lumo.DARK, dark));
        });
        Footer footer = new Footer(user, themeToggle, logout);
        footer.addClassName("drawer-footer");

        Aside drawer = new Aside(brand, new Scroller(nav), footer);
        drawer.addClassName("drawer-content");
        drawer.getElement().setAttribute("aria-label", "Menu");
        addToDrawer(drawer);
        addAttachListener(e -> {
            Formats.rememberBrowserZone(e.getUI());
            // the person's theme, remembered with their account
            e.getUI().getElement().getThemeList().set(Lumo.DARK, theme.dark());
        });
    }
}
