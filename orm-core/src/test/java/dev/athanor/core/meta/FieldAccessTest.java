package dev.athanor.core.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/** Field access, and the unboxed comparison a dirty check relies on. */
class FieldAccessTest {

    static class Sample {
        int count;
        long total;
        double ratio;
        boolean active;
        String name;
    }

    private static AttributeAccess access(String field) throws NoSuchFieldException {
        Field f = Sample.class.getDeclaredField(field);
        f.setAccessible(true);
        return AttributeAccess.ofField("Sample." + field, f);
    }

    @Test
    void holdsComparesPrimitivesAsEqualsWouldWithoutBoxing() throws Exception {
        Sample sample = new Sample();
        sample.count = 7;
        sample.total = 9L;
        sample.ratio = Double.NaN;
        sample.active = true;
        sample.name = "ada";

        assertThat(access("count").holds(sample, 7)).isTrue();
        assertThat(access("count").holds(sample, 8)).isFalse();
        assertThat(access("count").holds(sample, 7L)).as("another type is another value, as equals says").isFalse();
        assertThat(access("total").holds(sample, 9L)).isTrue();
        assertThat(access("ratio").holds(sample, Double.NaN)).isTrue();
        sample.ratio = 0.0;
        assertThat(access("ratio").holds(sample, -0.0)).isFalse();
        assertThat(access("ratio").holds(sample, 0.0)).isTrue();
        assertThat(access("active").holds(sample, true)).isTrue();
        assertThat(access("name").holds(sample, "ada")).isTrue();
        assertThat(access("name").holds(sample, null)).isFalse();
    }

    @Test
    void getAndSetGoThroughTheFieldAndRefuseNullForPrimitives() throws Exception {
        Sample sample = new Sample();
        access("count").set(sample, 3);
        assertThat(access("count").get(sample)).isEqualTo(3);
        assertThatThrownBy(() -> access("count").set(sample, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Sample.count");
        assertThatThrownBy(() -> access("name").set(sample, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Sample.name");
    }
}
