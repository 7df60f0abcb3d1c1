package dev.rehearse.interview.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.InterviewSetup;
import dev.rehearse.interview.InterviewState;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.TestUsers;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The closing page's beacon save: the same rules as every save, behind sign-in and CSRF. */
@IntegrationTest
class AnswerBeaconControllerTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    InterviewService interviews;
    @Autowired
    TestUsers users;

    MockMvc mvc;
    String owner;
    UUID interviewId;
    InterviewState state;

    @BeforeEach
    void anOpenInterview() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        owner = users.register("beacon");
        interviewId = users.as(owner, () -> interviews.start(new InterviewSetup(1, 300, Set.of(), Set.of())).id());
        state = users.as(owner, () -> interviews.current(interviewId));
    }

    private MockHttpServletRequestBuilder beacon(String text, int revision) {
        return post("/" + AnswerBeaconController.pathFor(interviewId, state.onScreen().itemId()))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("text", text)
                .param("revision", String.valueOf(revision));
    }

    private String savedText() {
        return users.as(owner, () -> interviews.current(interviewId)).onScreen().answer();
    }

    @Test
    void theOwnersBeaconSavesTheText() throws Exception {
        int status = mvc.perform(beacon("last words", 0).with(user(users.principal(owner))).with(csrf())).andReturn()
                .getResponse().getStatus();
        assertThat(status).isEqualTo(204);
        assertThat(savedText()).isEqualTo("last words");
    }

    @Test
    void anonymousCallersAndMissingCsrfTokensAreRefusedAndChangeNothing() throws Exception {
        int anonymous = mvc.perform(beacon("anonymous", 0).with(csrf())).andReturn().getResponse().getStatus();
        int noCsrf = mvc.perform(beacon("no token", 0).with(user(users.principal(owner)))).andReturn().getResponse().getStatus();

        assertThat(anonymous).isNotIn(200, 204);
        assertThat(noCsrf).isEqualTo(403);
        assertThat(savedText()).isEmpty();
    }

    @Test
    void anotherUsersInterviewIsRefused() throws Exception {
        String intruder = users.register("intruder");

        var response = mvc.perform(beacon("not mine", 0).with(user(users.principal(intruder))).with(csrf())).andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("belongs to another account");
        assertThat(savedText()).isEmpty();
    }

    @Test
    void aStaleTabsBeaconDoesNotOverwriteNewerText() throws Exception {
        users.as(owner, () -> interviews.saveAnswer(interviewId, state.onScreen().itemId(), "newer", 0));

        int status = mvc.perform(beacon("older", 0).with(user(users.principal(owner))).with(csrf())).andReturn().getResponse()
                .getStatus();

        assertThat(status).isEqualTo(409);
        assertThat(savedText()).isEqualTo("newer");
    }

    @Test
    void aRequestWithoutTheFieldsOfASaveOrWithABadIdGetsA400ThatSaysWhy() throws Exception {
        var missing = mvc.perform(post("/" + AnswerBeaconController.pathFor(interviewId, state.onScreen().itemId()))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("text", "no revision")
                .with(user(users.principal(owner))).with(csrf())).andReturn().getResponse();
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(missing.getContentAsString()).isEqualTo(AnswerBeaconController.MALFORMED);

        var badId = mvc.perform(post("/api/interviews/not-an-id/items/1/answer")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("text", "x").param("revision", "1")
                .with(user(users.principal(owner))).with(csrf())).andReturn().getResponse();
        assertThat(badId.getStatus()).isEqualTo(400);
        assertThat(badId.getContentAsString()).isEqualTo(AnswerBeaconController.MALFORMED);
        assertThat(savedText()).isEmpty();
    }
}
