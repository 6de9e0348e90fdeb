package dev.athanor.core.meta.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.meta.CheckModel;
import dev.athanor.core.meta.ColumnModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.build.fixtures.Extras;
import org.junit.jupiter.api.Test;

class ColumnFactoryTest {

    private final EntityModel event = new MetadataBuilder().add(Extras.Event.class).build().entity(Extras.Event.class);

    @Test
    void optionsCommentAndChecksAreKept() {
        ColumnModel seats = event.attribute("seats").column();
        assertThat(seats.options()).isEqualTo("COLLATE utf8mb4_bin");
        assertThat(seats.comment()).isEqualTo("who's there");
        assertThat(seats.checks()).containsExactly(new CheckModel("ck_event_seats", "seats > 0"),
                new CheckModel(null, "seats < 1000"));
    }

    @Test
    void secondPrecisionDefaultsToTheDatabases() {
        assertThat(event.attribute("startsAt").column().secondPrecision()).isEqualTo(3);
        assertThat(event.attribute("doorsOpen").column().secondPrecision()).isZero();
        assertThat(event.attribute("endsAt").column().secondPrecision())
                .isEqualTo(ColumnModel.DEFAULT_SECOND_PRECISION);
        assertThat(event.attribute("endsAt").column().options()).isNull();
        assertThat(event.attribute("endsAt").column().checks()).isEmpty();
    }
}
