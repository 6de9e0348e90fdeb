package dev.athanor.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgentOptionsTest {

    private final List<String> problems = new ArrayList<>();

    private AgentOptions parse(String options) {
        return AgentOptions.parse(options, problems::add);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", ",", " , ,"})
    void noOptionsGiveTheDefaults(String options) {
        assertThat(parse(options)).isEqualTo(AgentOptions.DEFAULTS);
        assertThat(AgentOptions.DEFAULTS.verbose()).isFalse();
        assertThat(AgentOptions.DEFAULTS.packages()).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void verboseIsAFlag() {
        assertThat(parse("verbose")).isEqualTo(new AgentOptions(true, List.of()));
        assertThat(problems).isEmpty();
    }

    @Test
    void verboseWithAValueIsReportedAndIgnored() {
        assertThat(parse("verbose=yes").verbose()).isFalse();
        assertThat(problems).singleElement().asString()
                .contains("'verbose'", "verbose=yes", "takes no value");
    }

    @Test
    void packagesAreSeparatedByColons() {
        AgentOptions options = parse("packages=com.example.model:org.acme");
        assertThat(options.packages()).containsExactly("com.example.model", "org.acme");
        assertThat(options.verbose()).isFalse();
        assertThat(problems).isEmpty();
    }

    @Test
    void optionsCombineWithBlanksAndRepeatsTolerated() {
        AgentOptions options = parse(" packages = a.b , verbose,,packages=c:a.b, ");
        assertThat(options).isEqualTo(new AgentOptions(true, List.of("a.b", "c")));
        assertThat(problems).isEmpty();
    }

    @Test
    void packagesSeparatedBySemicolonsAreRejectedWithAHint() {
        AgentOptions options = parse("packages=a.b;c.d:e");
        assertThat(options.packages()).containsExactly("e");
        assertThat(problems).singleElement().asString()
                .contains("'a.b;c.d'", "is not a package name", "separate packages with ':'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"packages=", "packages", "packages=  "})
    void packagesNeedAValue(String option) {
        assertThat(parse(option).packages()).isEmpty();
        assertThat(problems).singleElement().asString()
                .contains("'packages' needs at least one package");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a..b", ".a", "a.", "1a.b", "a-b", "a::b"})
    void malformedPackageNamesAreReported(String packages) {
        assertThat(parse("packages=" + packages).packages()).doesNotContain(packages);
        assertThat(problems).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem).contains("is not a package name"));
    }

    @Test
    void unknownOptionsAreReportedWithTheKnownOnesAndTheRestStillApplies() {
        AgentOptions options = parse("verbose,debug,mode=fast");
        assertThat(options.verbose()).isTrue();
        assertThat(problems).containsExactly(
                "unknown option 'debug' ignored; the known options are: verbose, packages=PKG[:PKG...]",
                "unknown option 'mode=fast' ignored; the known options are: verbose, packages=PKG[:PKG...]");
    }

    @Test
    void optionNamesAreCaseSensitive() {
        assertThat(parse("VERBOSE").verbose()).isFalse();
        assertThat(problems).singleElement().asString().contains("unknown option 'VERBOSE'");
    }

    @Test
    void theOptionsAreImmutable() {
        List<String> packages = new ArrayList<>(List.of("a.b"));
        AgentOptions options = new AgentOptions(false, packages);
        packages.add("c.d");

        assertThat(options.packages()).containsExactly("a.b");
        assertThatThrownBy(() -> options.packages().add("e.f")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> parse("packages=a").packages().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
