package io.github.cloudmckeys.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PreferencesTest {

    @Test
    void theDialogTakesWholeSecondsInRangeOnly() {
        assertThat(PreferencesDialog.seconds(" 0 ")).isEqualTo(OptionalInt.of(0));
        assertThat(PreferencesDialog.seconds("3600")).isEqualTo(OptionalInt.of(3600));
        assertThat(PreferencesDialog.seconds("3601")).isEmpty();
        assertThat(PreferencesDialog.seconds("-1")).isEmpty();
        assertThat(PreferencesDialog.seconds("2.5")).isEmpty();
        assertThat(PreferencesDialog.seconds("")).isEmpty();
        assertThat(PreferencesDialog.seconds(null)).isEmpty();
        assertThat(PreferencesDialog.seconds("99999999999")).isEmpty();
    }

    @Test
    void aDelayOutOfRangeIsRefused() {
        assertThat(Preferences.defaults().clipboardClearSeconds()).isEqualTo(30);
        assertThatThrownBy(() -> new Preferences(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Preferences(3601)).isInstanceOf(IllegalArgumentException.class);
    }
}
