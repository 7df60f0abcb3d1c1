package dev.rehearse.questionbank.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the line runs between an edit of the bank and a folder that is not the bank. */
class MassRetireGuardTest {

    @ParameterizedTest(name = "{0} active, {1} gone: refused {2}")
    @CsvSource({
            // nothing to retire is always fine, also on an empty bank
            "0, 0, false",
            "130, 0, false",
            // nothing kept: the folder is missing, empty or another bank
            "1, 1, true",
            "2, 2, true",
            "130, 130, true",
            // a handful may go from a small bank, as long as one question stays
            "2, 1, false",
            "6, 5, false",
            "10, 5, false",
            // more than half and more than a handful: a folder with only part of the bank
            "10, 6, true",
            "130, 66, true",
            // half or less, however many: removing topics on purpose
            "130, 65, false",
            "130, 8, false"})
    void refusesWhenNoneIsKeptOrMostAndMoreThanAHandfulWouldGo(int active, int gone, boolean refused) {
        assertThat(MassRetireGuard.refuses(active, gone)).isEqualTo(refused);
    }
}
