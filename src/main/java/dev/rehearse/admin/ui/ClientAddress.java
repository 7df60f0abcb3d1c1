package dev.rehearse.admin.ui;

import com.vaadin.flow.server.VaadinRequest;

/** Where the request being handled came from, for the audit log: as the server saw it (behind a proxy, the proxy). */
final class ClientAddress {

    private ClientAddress() {
    }

    static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        return address == null ? "" : address;
    }
}
