package dev.athanor.agent;

import static org.assertj.core.api.Assertions.assertThat;

import example.model.Address;
import example.model.Audited;
import example.model.Item;
import example.model.Money;
import example.model.Plain;
import example.model.Stamped;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadedBeforeAttachTest {

    @Test
    void listsTheManagedClassesThatCouldHaveBeenEnhanced() {
        List<String> managed = LoadedBeforeAttach.managedClasses(new Class<?>[] {String.class, Plain.class, Item.class,
            Stamped.class, Money.class, Audited.class, Address.class, int[].class, Runnable.class});

        assertThat(managed).containsExactly(Address.class.getName(), Audited.class.getName(), Item.class.getName());
    }

    @Test
    void warnsOnceForAllOfThemOrNotAtAll() {
        assertThat(LoadedBeforeAttach.warning(List.of())).isNull();
        assertThat(LoadedBeforeAttach.warning(List.of("a.B", "a.C")))
                .startsWith("2 managed class(es) were loaded before the agent was attached and are NOT enhanced:"
                        + " a.B, a.C.")
                .contains("-javaagent");
    }
}
