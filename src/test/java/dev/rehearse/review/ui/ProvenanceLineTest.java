package dev.rehearse.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.questionbank.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the line under a model answer reads its provenance. */
class ProvenanceLineTest {

    @Test
    void aLinkIsLabelledByItsHostAndPath() {
        assertThat(ProvenanceLine.label("https://fastapi.tiangolo.com/tutorial/dependencies/"))
                .isEqualTo("fastapi.tiangolo.com/tutorial/dependencies");
        assertThat(ProvenanceLine.label("https://docs.pydantic.dev/latest/concepts/validators/#field-validators"))
                .isEqualTo("docs.pydantic.dev/latest/concepts/validators#field-validators");
    }

    @Test
    void aFileNotAuditedYetSaysSoInsteadOfClaimingAnything() {
        assertThat(new ProvenanceLine(Provenance.NONE, 1).getElement().getTextRecursively())
                .isEqualTo("Not yet checked against its sources.");
    }

    @Test
    void sourcesWithoutAReleaseAreStillListed() {
        ProvenanceLine line = new ProvenanceLine(new Provenance(List.of("https://www.starlette.io/middleware/",
                "https://www.uvicorn.org/settings/"), null), 2);

        assertThat(line.getElement().getTextRecursively())
                .isEqualTo("Sources: www.starlette.io/middleware, www.uvicorn.org/settings");
        assertThat(line.getId()).contains("provenance-2");
    }
}
