package io.github.cloudmckeys.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.portal.PortalException;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

class ServiceListViewModelTest {
    private static final ServiceEntry SWIFT = new ServiceEntry("c1", "Object Storage", "e1", "ccontini", "Acme");

    /** Answers each load with the next scripted outcome. */
    private static Callable<List<ServiceEntry>> script(Object... outcomes) {
        Deque<Object> queue = new ArrayDeque<>(List.of(outcomes));
        return () -> {
            Object next = queue.removeFirst();
            if (next instanceof Exception e) {
                throw e;
            }
            @SuppressWarnings("unchecked")
            List<ServiceEntry> entries = (List<ServiceEntry>) next;
            return entries;
        };
    }

    @Test
    void loadFillsTheListAndCounts() {
        ServiceListViewModel model = new ServiceListViewModel(script(List.of(SWIFT)), BackgroundRunner.inPlace());

        model.load();

        assertThat(model.services()).containsExactly(SWIFT);
        assertThat(model.statusProperty().get()).isEqualTo("1 service");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aFailureShowsTheSentenceAndKeepsTheLastGoodList() {
        PortalException refused = new PortalException(PortalException.Kind.UNAUTHORIZED,
                "The portal refused the API key.");
        ServiceListViewModel model = new ServiceListViewModel(script(List.of(SWIFT), refused), BackgroundRunner.inPlace());

        model.load();
        model.load();

        assertThat(model.services()).containsExactly(SWIFT);
        assertThat(model.statusProperty().get()).isEqualTo("The portal refused the API key.");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void anUnexpectedFailureDoesNotLeakItsMessage() {
        IllegalStateException bug = new IllegalStateException("value=hunter2");
        ServiceListViewModel model = new ServiceListViewModel(script(bug), BackgroundRunner.inPlace());

        model.load();

        assertThat(model.statusProperty().get()).contains("IllegalStateException").doesNotContain("hunter2");
    }

    @Test
    void anEmptyPortalSaysSo() {
        ServiceListViewModel model = new ServiceListViewModel(script(List.of()), BackgroundRunner.inPlace());

        model.load();

        assertThat(model.statusProperty().get()).isEqualTo("This portal lists no services for you.");
    }
}
