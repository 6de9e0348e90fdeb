package dev.athanor.core.meta.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.MappingProblem;
import dev.athanor.core.meta.AttributeModel.AccessKind;
import dev.athanor.core.meta.build.fixtures.Sales;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberScannerTest {

    private final MappingProblems problems = new MappingProblems();
    private final MemberScanner scanner = new MemberScanner(problems);

    @Test
    void defaultAccessFollowsWhereTheIdIs() {
        assertThat(MemberScanner.defaultAccess(List.of(Sales.Customer.class))).isEqualTo(AccessKind.FIELD);
        assertThat(MemberScanner.defaultAccess(List.of(Sales.Invoice.class))).isEqualTo(AccessKind.PROPERTY);
        assertThat(MemberScanner.defaultAccess(List.of(Sales.Order.class, Sales.Audited.class)))
                .isEqualTo(AccessKind.FIELD);
    }

    @Test
    void accessOnTheClassWins() {
        assertThat(MemberScanner.accessOf(PropertyClass.class, AccessKind.FIELD)).isEqualTo(AccessKind.PROPERTY);
        assertThat(MemberScanner.accessOf(Sales.Customer.class, AccessKind.PROPERTY)).isEqualTo(AccessKind.PROPERTY);
    }

    @Test
    void propertiesAreNamedAsJavaBeansNameThem() {
        assertThat(MemberScanner.decapitalize("Name")).isEqualTo("name");
        assertThat(MemberScanner.decapitalize("URL")).isEqualTo("URL");
        assertThat(MemberScanner.decapitalize("X")).isEqualTo("x");
    }

    @Test
    void propertyAccessKeepsGetterSetterPairsAndReportsAMappedGetterWithoutSetter() {
        List<PersistentMember> members = scanner.scan(PropertyClass.class, AccessKind.FIELD);

        assertThat(members).extracting(PersistentMember::name).containsExactly("code", "id", "ready");
        assertThat(members).extracting(PersistentMember::access).containsOnly(AccessKind.PROPERTY);
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.MISPLACED_ANNOTATION);
            assertThat(p.attribute()).isEqualTo("label");
            assertThat(p.what()).contains("no setter setLabel(String)");
        });
    }

    @Test
    void problemsAreReportedOnceEach() {
        problems.add(ErrorCode.MISSING_ID, Sales.Shop.class, null, "x");
        problems.add(ErrorCode.MISSING_ID, Sales.Shop.class, null, "x");
        assertThat(problems.list()).extracting(MappingProblem::what).containsExactly("x");
    }

    @Access(AccessType.PROPERTY)
    static class PropertyClass {
        private Long id;
        private String code;
        private boolean ready;
        private int unused;

        @Id
        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public String getCode() {
            return code;
        }

        void setCode(String code) {
            this.code = code;
        }

        public boolean isReady() {
            return ready;
        }

        public void setReady(boolean ready) {
            this.ready = ready;
        }

        @Column(name = "label")
        public String getLabel() {
            return "label";
        }

        public int computeUnused() {
            return unused;
        }

        public static String getStaticThing() {
            return "";
        }
    }
}
