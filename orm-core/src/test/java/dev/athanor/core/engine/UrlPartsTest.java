package dev.athanor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.ErrorCode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPartsTest {

    private static UrlParts parse(String url) {
        return UrlParts.parse(url, UrlParts.mask(url));
    }

    // ---- SQLite forms ------------------------------------------------------------------------------

    @Test
    void sqliteWithNothingAfterTheSlashes() {
        UrlParts parts = parse("sqlite://");

        assertThat(parts.scheme()).isEqualTo("sqlite");
        assertThat(parts.driver()).isNull();
        assertThat(parts.host()).isEmpty();
        assertThat(parts.port()).isNull();
        assertThat(parts.database()).isNull();
        assertThat(parts.user()).isNull();
        assertThat(parts.password()).isNull();
        assertThat(parts.query()).isEmpty();
    }

    @Test
    void sqliteInMemory() {
        UrlParts parts = parse("sqlite:///:memory:");

        assertThat(parts.host()).isEmpty();
        assertThat(parts.port()).isNull();
        assertThat(parts.database()).isEqualTo(":memory:");
    }

    @Test
    void sqliteRelativeFile() {
        UrlParts parts = parse("sqlite:///relative.db");

        assertThat(parts.host()).isEmpty();
        assertThat(parts.database()).isEqualTo("relative.db");
    }

    @Test
    void sqliteAbsoluteFileKeepsItsLeadingSlash() {
        UrlParts parts = parse("sqlite:////absolute/path.db");

        assertThat(parts.host()).isEmpty();
        assertThat(parts.database()).isEqualTo("/absolute/path.db");
    }

    @Test
    void theDatabaseIsPercentDecoded() {
        assertThat(parse("sqlite:///my%20data.db").database()).isEqualTo("my data.db");
    }

    // ---- MySQL forms -------------------------------------------------------------------------------

    @Test
    void mysqlWithEveryPart() {
        UrlParts parts = parse("mysql://user:pw@host:3307/db?k=v&charset=utf8mb4");

        assertThat(parts.scheme()).isEqualTo("mysql");
        assertThat(parts.driver()).isNull();
        assertThat(parts.user()).isEqualTo("user");
        assertThat(parts.password()).isEqualTo("pw");
        assertThat(parts.host()).isEqualTo("host");
        assertThat(parts.port()).isEqualTo(3307);
        assertThat(parts.database()).isEqualTo("db");
        assertThat(parts.query()).containsExactly(Map.entry("k", "v"), Map.entry("charset", "utf8mb4"));
    }

    @Test
    void aDriverAfterThePlus() {
        UrlParts parts = parse("mysql+mysqlconnector://app@db.example.com/shop");

        assertThat(parts.scheme()).isEqualTo("mysql");
        assertThat(parts.driver()).isEqualTo("mysqlconnector");
        assertThat(parts.user()).isEqualTo("app");
        assertThat(parts.password()).isNull();
        assertThat(parts.host()).isEqualTo("db.example.com");
        assertThat(parts.port()).isNull();
        assertThat(parts.database()).isEqualTo("shop");
    }

    @Test
    void mariadbScheme() {
        UrlParts parts = parse("mariadb://root:secret@127.0.0.1:3306/test");

        assertThat(parts.scheme()).isEqualTo("mariadb");
        assertThat(parts.host()).isEqualTo("127.0.0.1");
        assertThat(parts.port()).isEqualTo(3306);
        assertThat(parts.database()).isEqualTo("test");
    }

    @Test
    void hostOnly() {
        UrlParts parts = parse("mysql://localhost");

        assertThat(parts.host()).isEqualTo("localhost");
        assertThat(parts.port()).isNull();
        assertThat(parts.database()).isNull();
    }

    @Test
    void ipv6HostInBracketsWithAndWithoutPort() {
        UrlParts withPort = parse("mysql://u:p@[::1]:3306/db");
        UrlParts withoutPort = parse("mysql://[fe80::1:2]/db");

        assertThat(withPort.host()).isEqualTo("[::1]");
        assertThat(withPort.port()).isEqualTo(3306);
        assertThat(withPort.database()).isEqualTo("db");
        assertThat(withoutPort.host()).isEqualTo("[fe80::1:2]");
        assertThat(withoutPort.port()).isNull();
    }

    @Test
    void userAndPasswordArePercentDecodedButAPlusStaysAPlus() {
        UrlParts parts = parse("mysql://us%65r:p%40ss+w%3Ard@host/db");

        assertThat(parts.user()).isEqualTo("user");
        assertThat(parts.password()).isEqualTo("p@ss+w:rd");
    }

    @Test
    void anUnencodedAtSignInThePasswordEndsAtTheLastAt() {
        UrlParts parts = parse("mysql://user:p@ss@host/db");

        assertThat(parts.user()).isEqualTo("user");
        assertThat(parts.password()).isEqualTo("p@ss");
        assertThat(parts.host()).isEqualTo("host");
    }

    @Test
    void anEmptyPasswordIsEmptyNotNull() {
        assertThat(parse("mysql://user:@host/db").password()).isEmpty();
    }

    @Test
    void queryValuesArePercentDecodedAndEmptyPairsSkipped() {
        UrlParts parts = parse("mysql://h/db?&sessionVariables=time_zone%3D%27%2B00%3A00%27&&a=");

        assertThat(parts.query()).containsExactly(Map.entry("sessionVariables", "time_zone='+00:00'"),
                Map.entry("a", ""));
        assertThatThrownBy(() -> parts.query().put("b", "c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toStringNeverShowsThePassword() {
        UrlParts parts = parse("mysql+mysqlconnector://user:s3cret@host:3307/db?k=v");

        assertThat(parts.toString()).isEqualTo("UrlParts[mysql+mysqlconnector://user:***@host:3307/db?[k]]");
    }

    // ---- malformed URLs ------------------------------------------------------------------------------

    @Test
    void aPortThatIsNoNumberIsMalformed() {
        assertMalformed("mysql://user:s3cret@host:33o6/db", "port '33o6' is not a number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "65536", "99999"})
    void aPortOutOfRangeIsMalformed(String port) {
        assertMalformed("mysql://user:s3cret@host:" + port + "/db", "port " + port + " is out of range 1-65535");
    }

    @Test
    void theLowestAndHighestPortsAreFine() {
        assertThat(parse("mysql://h:1/db").port()).isEqualTo(1);
        assertThat(parse("mysql://h:65535/db").port()).isEqualTo(65535);
    }

    @Test
    void withoutSchemeSeparatorIsMalformed() {
        assertMalformed("mysql:host/db", "expected scheme://...");
        assertMalformed("mysql:/host/db", "expected scheme://...");
        assertMalformed("://user:s3cret@host/db", "expected scheme://...");
    }

    @Test
    void anEmptyDriverIsMalformed() {
        assertMalformed("mysql+://user:s3cret@host/db", "no driver name after '+'");
    }

    @Test
    void aQueryPairWithoutEqualsIsMalformed() {
        assertMalformed("mysql://user:s3cret@host/db?useSSL", "query parameter 'useSSL' is not key=value");
    }

    @Test
    void badPercentEncodingIsMalformedWithoutShowingTheText() {
        assertMalformed("mysql://user:s3cret%zz@host/db", "bad percent-encoding in '...%...'");
    }

    @Test
    void withoutSchemeSeparatorTheErrorStillHidesThePassword() {
        assertMalformed("mysql:user:s3cret@host/db", "expected scheme://...");
        assertMalformed("mysql:/user:s3cret@host/db", "expected scheme://...");
    }

    @Test
    void aSlashInThePasswordBelongsToThePassword() {
        UrlParts parts = parse("mysql://user:s3c/ret@host/db");

        assertThat(parts.user()).isEqualTo("user");
        assertThat(parts.password()).isEqualTo("s3c/ret");
        assertThat(parts.host()).isEqualTo("host");
        assertThat(parts.database()).isEqualTo("db");
        assertThat(UrlParts.mask("mysql://user:s3c/ret@host/db")).isEqualTo("mysql://user:***@host/db");
    }

    private static void assertMalformed(String url, String why) {
        assertThatThrownBy(() -> parse(url))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_URL);
                    assertThat(e.getMessage()).startsWith("ATH-1003 Malformed database URL: " + why)
                            .contains("url: ")
                            .doesNotContain("s3cret");
                });
    }

    // ---- masking ---------------------------------------------------------------------------------------

    @Test
    void maskHidesThePasswordOfUserColonPassword() {
        assertThat(UrlParts.mask("mysql://user:s3cret@host:3306/db")).isEqualTo("mysql://user:***@host:3306/db");
        assertThat(UrlParts.mask("mysql://user:s3cret@host")).isEqualTo("mysql://user:***@host");
        assertThat(UrlParts.mask("mysql://user:p@ss@host/db")).isEqualTo("mysql://user:***@host/db");
        assertThat(UrlParts.mask("jdbc:mysql://user:s3cret@host/db")).isEqualTo("jdbc:mysql://user:***@host/db");
    }

    @Test
    void maskHidesPasswordsInTheQuery() {
        assertThat(UrlParts.mask("jdbc:mysql://host/db?user=app&password=s3cret&useSSL=true"))
                .isEqualTo("jdbc:mysql://host/db?user=app&password=***&useSSL=true");
        assertThat(UrlParts.mask("jdbc:mysql://host/db?PWD=s3cret;passwd=other"))
                .isEqualTo("jdbc:mysql://host/db?PWD=***;passwd=***");
    }

    @Test
    void maskLeavesUrlsWithoutPasswordsAlone() {
        assertThat(UrlParts.mask("mysql://user@host:3306/db")).isEqualTo("mysql://user@host:3306/db");
        assertThat(UrlParts.mask("mysql://host:3306/db")).isEqualTo("mysql://host:3306/db");
        assertThat(UrlParts.mask("sqlite:///app.db")).isEqualTo("sqlite:///app.db");
        assertThat(UrlParts.mask("jdbc:sqlite:app.db")).isEqualTo("jdbc:sqlite:app.db");
    }
}
