package dev.athanor.agent.enhance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.agent.enhance.EnhancementResult.Status;
import example.model.Item;
import dev.athanor.runtime.AttributeTracker;
import dev.athanor.runtime.Enhanced;
import dev.athanor.runtime.ManagedEntity;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import org.junit.jupiter.api.Test;

class EnhancerTest {

    private static final String MODEL = Item.class.getPackageName();

    private final EnhancingTestLoader loader = EnhancingTestLoader.forPackage(MODEL);
    private final RecordingLoader lazy = new RecordingLoader();
    private final AttributeTracker tracker = new AttributeTracker(lazy);

    // ---- tracking ---------------------------------------------------------------------------------------

    @Test
    void aWriteOfAnotherValueMarksExactlyThatSlotAndDirtiesOnce() throws Exception {
        ManagedEntity item = tracked("Item");

        call(item, "setName", "lamp");
        call(item, "setQuantity", 3);

        assertThat(tracker.dirtyMask()).isEqualTo(0b110L);
        assertThat(lazy.calls).containsExactly("dirtied");
        assertThat(item.$athanor$get(1)).isEqualTo("lamp");
    }

    @Test
    void writingAnEqualValueMarksNothing() throws Exception {
        ManagedEntity item = instance("Item");
        call(item, "setName", "lamp");
        call(item, "setQuantity", 3);
        item.$athanor$tracker(tracker);

        call(item, "setName", new String("lamp"));
        call(item, "setQuantity", 3);
        call(item, "setPrice", 0.0);

        assertThat(tracker.isDirty()).isFalse();
        assertThat(lazy.calls).isEmpty();
    }

    @Test
    void aReadAndAWriteInOneStatementMarkTheSlot() throws Exception {
        ManagedEntity item = tracked("Item");

        call(item, "addQuantity", 2);

        assertThat(tracker.isDirty(2)).isTrue();
        assertThat(call(item, "getQuantity")).isEqualTo(2);
    }

    @Test
    void aWriteToAnUnloadedSlotLoadsItFirst() throws Exception {
        ManagedEntity item = tracked("Item");
        tracker.unloaded(1);

        call(item, "setName", "lamp");

        assertThat(lazy.calls).containsExactly("load 1 of Item", "dirtied");
        assertThat(tracker.isDirty(1)).isTrue();
    }

    @Test
    void aReadOfAnUnloadedSlotLoadsItAndAReadOfALoadedOneDoesNot() throws Exception {
        ManagedEntity item = tracked("Item");
        tracker.unloaded(4);

        call(item, "getParent");
        call(item, "getParent");
        call(item, "getName");

        assertThat(lazy.calls).containsExactly("load 4 of Item");
        assertThat(tracker.isUnloaded(4)).isFalse();
        assertThat(tracker.isDirty()).isFalse();
    }

    @Test
    void withoutATrackerNothingIsCalledAndTheFieldsStillWork() throws Exception {
        ManagedEntity item = instance("Item");

        call(item, "setName", "lamp");
        call(item, "addQuantity", 5);

        assertThat(item.$athanor$tracker()).isNull();
        assertThat(call(item, "getName")).isEqualTo("lamp");
        assertThat(call(item, "getQuantity")).isEqualTo(5);
    }

    @Test
    void associationsChangeWhenTheInstanceDoes() throws Exception {
        ManagedEntity item = tracked("Item");

        call(item, "setChildren", new ArrayList<>());

        assertThat(tracker.isDirty(5)).as("an equal but other list is a change").isTrue();
    }

    @Test
    void aLambdaWritingAFieldIsTracked() throws Exception {
        ManagedEntity item = tracked("Item");

        call(item, "renameLater", "desk");

        assertThat(tracker.isDirty(1)).isTrue();
        assertThat(item.$athanor$get(1)).isEqualTo("desk");
    }

    @Test
    void constructorsKeepTheirFieldAccessAndEveryOtherMethodGoesThroughTheAccessors() throws Exception {
        Map<String, List<String>> access = fieldAccessByMethod(enhance("Item").bytes());

        assertThat(access.get("<init>(Ljava/lang/String;I)V"))
                .containsExactly("PUTFIELD children", "PUTFIELD tags", "PUTFIELD name", "PUTFIELD quantity");
        assertThat(access.get("setName(Ljava/lang/String;)V")).containsExactly("CALL $athanor$write$name");
        assertThat(access.get("addQuantity(I)V"))
                .containsExactly("CALL $athanor$read$quantity", "CALL $athanor$write$quantity");
        assertThat(access.get("setLabel(Ljava/lang/String;)V")).as("@Transient").containsExactly("PUTFIELD label");
        assertThat(access.get("hit()V")).as("transient").containsExactly("GETFIELD hits", "PUTFIELD hits");
        assertThat(access.entrySet()).filteredOn(e -> e.getKey().startsWith("lambda$"))
                .singleElement().extracting(Map.Entry::getValue).asList()
                .containsExactly("CALL $athanor$write$name");
    }

    // ---- the members a class gets -----------------------------------------------------------------------

    @Test
    void transientFieldsAreNotTracked() throws Exception {
        ManagedEntity item = tracked("Item");

        call(item, "setLabel", "x");
        call(item, "hit");

        assertThat(item.$athanor$fields()).containsExactly("id", "name", "quantity", "price", "parent", "children",
                "tags");
        assertThat(tracker.isDirty()).isFalse();
        assertThat(call(item, "getHits")).isEqualTo(1);
    }

    @Test
    void aFinalFieldInitializedAtItsDeclarationIsWritableThroughSet() throws Exception {
        ManagedEntity item = instance("Item");
        List<String> replacement = new ArrayList<>(List.of("red"));

        item.$athanor$set(6, replacement);

        assertThat(call(item, "getTags")).isSameAs(replacement);
        assertThat(Modifier.isFinal(item.getClass().getDeclaredField("tags").getModifiers())).isFalse();
    }

    @Test
    void getAndSetBySlotBoxAndUnboxEveryPrimitiveAndNullIsZero() throws Exception {
        ManagedEntity p = instance("Primitives");
        call(p, "setAll", true, (byte) 1, (short) 2, 'c', 4, 5L, 6.5f, 7.25);

        assertThat(p.$athanor$fields()).containsExactly("flag", "tiny", "small", "letter", "count", "big", "ratio",
                "amount");
        List<Object> values = new ArrayList<>();
        for (int slot = 0; slot < 8; slot++) {
            values.add(p.$athanor$get(slot));
        }
        assertThat(values).containsExactly(true, (byte) 1, (short) 2, 'c', 4, 5L, 6.5f, 7.25);

        Object[] next = {false, (byte) -1, (short) -2, 'z', -4, Long.MAX_VALUE, -6.5f, Double.MIN_VALUE};
        for (int slot = 0; slot < 8; slot++) {
            p.$athanor$set(slot, next[slot]);
            assertThat(p.$athanor$get(slot)).isEqualTo(next[slot]);
            p.$athanor$set(slot, null);
        }
        assertThat(call(p, "getBig")).isEqualTo(0L);
        assertThat(call(p, "getAmount")).isEqualTo(0.0);
        assertThat(p.$athanor$get(0)).isEqualTo(false);
        assertThat(p.$athanor$get(3)).isEqualTo('\0');
    }

    @Test
    void wideWritesAreTracked() throws Exception {
        ManagedEntity p = tracked("Primitives");

        call(p, "setBig", 0L);
        call(p, "setAmount", -0.0);
        call(p, "setBig", 9L);

        assertThat(tracker.dirtyMask()).as("-0.0 differs from 0.0 by its bits").isEqualTo((1L << 5) | (1L << 7));
    }

    @Test
    void setAndGetNeverTrackNorLoad() throws Exception {
        ManagedEntity item = tracked("Item");
        tracker.unloaded(1);

        item.$athanor$set(1, "lamp");
        assertThat(item.$athanor$get(1)).isEqualTo("lamp");

        assertThat(lazy.calls).isEmpty();
        assertThat(tracker.isDirty()).isFalse();
    }

    @Test
    void anUnknownSlotIsAnErrorNamingTheClassAndTheSlot() throws Exception {
        ManagedEntity item = instance("Item");

        assertThatThrownBy(() -> item.$athanor$get(7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(MODEL + ".Item has no slot 7");
        assertThatThrownBy(() -> item.$athanor$set(-1, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(MODEL + ".Item has no slot -1");
    }

    @Test
    void theRootImplementsManagedEntityAndEveryGeneratedMemberIsSynthetic() throws Exception {
        Class<?> type = loader.loadClass(MODEL + ".Item");

        assertThat(type.getInterfaces()).contains(ManagedEntity.class);
        assertThat(type.getAnnotation(Enhanced.class).version()).isEqualTo(Enhanced.CURRENT);
        Field trackerField = type.getDeclaredField("$athanor$tracker");
        assertThat(Modifier.isTransient(trackerField.getModifiers())).isTrue();
        assertThat(type.getDeclaredField(ManagedEntity.FIELDS).get(null)).isSameAs(
                ((ManagedEntity) type.getConstructor().newInstance()).$athanor$fields());
        assertThat(Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().startsWith("$athanor$")))
                .hasSize(2 + 3 + 2 * 7)
                .allMatch(Method::isSynthetic);
        assertThat(Arrays.stream(type.getDeclaredFields()).filter(f -> f.getName().startsWith("$athanor$")))
                .allMatch(Field::isSynthetic);
    }

    @Test
    void aStaticInitializerKeepsItsWorkAfterTheSlotNames() throws Exception {
        ManagedEntity statics = tracked("Statics");

        call(statics, "setCode", "A");

        assertThat(statics.$athanor$fields()).containsExactly("code");
        assertThat(statics.getClass().getMethod("registry").invoke(null)).asList()
                .containsExactly("entry 0", "entry 1", "entry 2");
        assertThat(tracker.isDirty(0)).isTrue();
    }

    // ---- hierarchies --------------------------------------------------------------------------------------

    @Test
    void theSlotsOfAMappedSuperclassComeFirst() throws Exception {
        ManagedEntity invoice = instance("Invoice");

        assertThat(invoice.$athanor$fields()).containsExactly("createdBy", "revision", "id", "amount");
        assertThat(loader.loadClass(MODEL + ".Audited").getDeclaredField(ManagedEntity.FIELDS).get(null))
                .isEqualTo(new String[] {"createdBy", "revision"});
        assertThat(invoice.getClass().getInterfaces()).as("inherited from the root").isEmpty();
        assertThat(Arrays.stream(invoice.getClass().getDeclaredFields()).map(Field::getName))
                .doesNotContain("$athanor$tracker");
        assertThat(loader.results.get(MODEL + ".Invoice").trackedFields()).isEqualTo(4);
    }

    @Test
    void aSubclassWritingAnInheritedProtectedFieldMarksTheSuperclassSlot() throws Exception {
        ManagedEntity invoice = tracked("Invoice");

        call(invoice, "touch", "ann");
        call(invoice, "bump");
        call(invoice, "setAmount", BigDecimal.TEN);

        assertThat(tracker.dirtyMask()).isEqualTo(0b1011L);
        assertThat(call(invoice, "getCreatedBy")).isEqualTo("ann");
        assertThat(call(invoice, "getRevision")).isEqualTo(1L);
    }

    @Test
    void getAndSetReachInheritedSlotsThroughTheSuperclass() throws Exception {
        ManagedEntity invoice = instance("Invoice");

        invoice.$athanor$set(1, 41L);
        invoice.$athanor$set(3, BigDecimal.ONE);

        assertThat(invoice.$athanor$get(1)).isEqualTo(41L);
        assertThat(invoice.$athanor$get(3)).isEqualTo(BigDecimal.ONE);
        assertThatThrownBy(() -> invoice.$athanor$get(4)).hasMessage(MODEL + ".Audited has no slot 4");
    }

    @Test
    void classesWithoutSlotsOfTheirOwnDelegateOrRefuseEverySlot() throws Exception {
        ManagedEntity memo = instance("Memo");
        ManagedEntity nothing = instance("Nothing");

        memo.$athanor$set(0, "cy");

        assertThat(memo.$athanor$fields()).containsExactly("createdBy", "revision");
        assertThat(memo.$athanor$get(0)).isEqualTo("cy");
        assertThat(nothing.$athanor$fields()).isEmpty();
        assertThatThrownBy(() -> nothing.$athanor$get(0)).hasMessage(MODEL + ".Nothing has no slot 0");
        assertThatThrownBy(() -> nothing.$athanor$set(0, null)).hasMessage(MODEL + ".Nothing has no slot 0");
    }

    @Test
    void aPropertyAccessSetterMarksTheBackingField() throws Exception {
        ManagedEntity account = tracked("Account");

        call(account, "setOwner", "bo");

        assertThat(account.$athanor$fields()).containsExactly("id", "owner");
        assertThat(tracker.dirtyMask()).isEqualTo(0b10L);
    }

    @Test
    void anEmbeddableForwardsItsChangesToTheSlotOfItsParent() throws Exception {
        ManagedEntity address = instance("Address");
        Object owner = new Object();
        address.$athanor$tracker(AttributeTracker.embedded(tracker, owner, 3));

        call(address, "setCity", "Lyon");

        assertThat(address.$athanor$fields()).containsExactly("street", "city");
        assertThat(tracker.dirtyMask()).isEqualTo(1L << 3);
        assertThat(lazy.calls).containsExactly("dirtied");
    }

    @Test
    void aChangeNamesTheInstanceThatChanged() throws Exception {
        ManagedEntity account = instance("Account");
        java.util.List<Object> changed = new java.util.ArrayList<>();
        account.$athanor$tracker(new AttributeTracker(null) {
            @Override
            public void changed(Object self, int slot) {
                changed.add(self);
                super.changed(self, slot);
            }
        });

        call(account, "setOwner", "bo");
        call(account, "setOwner", "bo");

        assertThat(changed).containsExactly(account);
        assertThat(account.$athanor$tracker().dirtyMask()).isEqualTo(0b10L);
    }

    // ---- field access from other classes -----------------------------------------------------------------

    @Test
    void aPlainClassWritingAPublicFieldMarksTheSlotAndIsReportedAsRewritten() throws Exception {
        ManagedEntity post = tracked("Post");

        callStatic("Clerk", "retitle", post, "hello");

        assertThat(tracker.dirtyMask()).isEqualTo(1L << 1);
        assertThat(lazy.calls).containsExactly("dirtied");
        assertThat(post.$athanor$get(1)).isEqualTo("hello");
        EnhancementResult clerk = loader.results.get(MODEL + ".Clerk");
        assertThat(clerk.status()).isEqualTo(Status.REWRITTEN);
        assertThat(clerk.describe()).isEqualTo("rewrote 8 field accesses in " + MODEL + ".Clerk");
    }

    @Test
    void aPlainClassReadingAnUnloadedPackagePrivateFieldLoadsIt() throws Exception {
        ManagedEntity post = tracked("Post");
        tracker.unloaded(2);

        assertThat(callStatic("Clerk", "countOf", post)).isEqualTo(0);
        callStatic("Clerk", "titleOf", post);

        assertThat(lazy.calls).containsExactly("load 2 of Post");
        assertThat(tracker.isDirty()).isFalse();
    }

    @Test
    void aCompoundAssignmentFromAPlainClassReadsThenMarks() throws Exception {
        ManagedEntity post = tracked("Post");
        tracker.unloaded(2);

        callStatic("Clerk", "addTwo", post);

        assertThat(lazy.calls).containsExactly("load 2 of Post", "dirtied");
        assertThat(post.$athanor$get(2)).isEqualTo(2);
        assertThat(tracker.dirtyMask()).isEqualTo(1L << 2);
    }

    @Test
    void aFieldOfAMappedSuperclassNamedThroughTheEntityMarksTheInheritedSlot() throws Exception {
        ManagedEntity invoice = tracked("Invoice");

        callStatic("Clerk", "sign", invoice, "ann");

        assertThat(tracker.dirtyMask()).isEqualTo(1L);
        assertThat(invoice.$athanor$get(0)).isEqualTo("ann");
        assertThat(fieldAccessByMethod(loader.results.get(MODEL + ".Clerk").bytes())
                .get("sign(L" + internal("Invoice") + ";Ljava/lang/String;)V"))
                .containsExactly("CALL " + internal("Audited") + ".$athanor$write$createdBy");
    }

    @Test
    void aLambdaAndAConstructorOfAPlainClassAreRewrittenToo() throws Exception {
        ManagedEntity post = tracked("Post");

        callStatic("Clerk", "retitleLater", post, "later");
        assertThat(tracker.isDirty(1)).isTrue();
        tracker.clean();
        loader.loadClass(MODEL + ".Clerk").getConstructor(post.getClass()).newInstance(post);

        assertThat(tracker.isDirty(1)).isTrue();
        assertThat(post.$athanor$get(1)).isEqualTo("draft");
        Map<String, List<String>> access = fieldAccessByMethod(loader.results.get(MODEL + ".Clerk").bytes());
        assertThat(access.get("<init>(L" + internal("Post") + ";)V"))
                .as("its own field raw, the entity's through the accessor")
                .containsExactly("PUTFIELD draft", "CALL " + internal("Post") + ".$athanor$write$title");
        assertThat(access.get("items()I")).as("a static field").isEmpty();
    }

    @Test
    void innerAndAnonymousClassesReachingPrivateFieldsAsNestmatesAreTracked() throws Exception {
        ManagedEntity post = tracked("Post");
        tracker.unloaded(3);
        Object editor = call(post, "editor");

        call(editor, "renote", "first");
        assertThat(tracker.dirtyMask()).isEqualTo(1L << 3);
        tracker.clean();
        tracker.unloaded(3);
        assertThat(call(editor, "note")).isEqualTo("first");
        ((Runnable) call(post, "noteSetter", "second")).run();

        assertThat(lazy.calls).containsExactly("load 3 of Post", "dirtied", "load 3 of Post", "dirtied");
        assertThat(tracker.dirtyMask()).isEqualTo(1L << 3);
        assertThat(call(post, "getNote")).isEqualTo("second");
        assertThat(loader.results.get(MODEL + ".Post$Editor").status()).isEqualTo(Status.REWRITTEN);
        assertThat(loader.results.get(MODEL + ".Post$1").describe())
                .isEqualTo("rewrote 1 field access in " + MODEL + ".Post$1");
    }

    @Test
    void anEntityWritingAFieldOfAnotherEntityMarksThatEntity() throws Exception {
        ManagedEntity post = instance("Post");
        ManagedEntity invoice = tracked("Invoice");
        post.$athanor$set(1, "title");

        call(post, "stamp", invoice);
        assertThat(tracker.dirtyMask()).isEqualTo(1L);
        tracker.clean();
        post.getClass().getConstructor(invoice.getClass(), String.class).newInstance(invoice, "new");

        assertThat(tracker.dirtyMask()).as("from a constructor, too").isEqualTo(1L);
        assertThat(invoice.$athanor$get(0)).isEqualTo("post new");
        assertThat(fieldAccessByMethod(enhance("Post").bytes()).get("<init>(L" + internal("Invoice")
                + ";Ljava/lang/String;)V"))
                .as("its own field raw, the other entity's through the accessor")
                .containsExactly("PUTFIELD title", "CALL " + internal("Audited") + ".$athanor$write$createdBy");
    }

    @Test
    void aPlainClassLoadedBeforeOrAfterTheEntityIsRewrittenTheSameWay() throws Exception {
        EnhancingTestLoader first = EnhancingTestLoader.forPackage(MODEL);
        first.loadClass(MODEL + ".Clerk");
        assertThat(first.results).containsOnlyKeys(MODEL + ".Clerk");
        EnhancingTestLoader after = EnhancingTestLoader.forPackage(MODEL);
        after.loadClass(MODEL + ".Post");
        after.loadClass(MODEL + ".Clerk");

        assertThat(first.results.get(MODEL + ".Clerk").bytes()).isEqualTo(after.results.get(MODEL + ".Clerk").bytes())
                .isEqualTo(enhance("Clerk").bytes());
    }

    @Test
    void aPlainClassReadingFieldsOfNoEnhancedClassIsLeftExactlyAsItIs() throws Exception {
        EnhancementResult result = enhance("TallyReader");

        assertThat(result.status()).isEqualTo(Status.NOT_MANAGED);
        assertThat(result.bytes()).isNull();
        assertThat(loader.loadClass(MODEL + ".TallyReader").getMethod("read", loader.loadClass(MODEL + ".Tally"))
                .invoke(null, loader.loadClass(MODEL + ".Tally").getConstructor().newInstance())).isEqualTo(0);
        assertThat(loader.results.get(MODEL + ".TallyReader").status()).isEqualTo(Status.NOT_MANAGED);
    }

    @Test
    void aFieldOfAnEntityOutsideTheScopeIsLeftAlone() throws Exception {
        String clerk = internal("Clerk");
        EnhancementResult result = new Enhancer(EnhancerTest::original, name -> false)
                .withScope(name -> !name.endsWith("/Post")).enhance(clerk, original(clerk));

        assertThat(result.status()).isEqualTo(Status.REWRITTEN);
        assertThat(result.rewrittenAccesses()).as("only Invoice's field").isEqualTo(1);
    }

    // ---- what is left alone -----------------------------------------------------------------------------

    @Test
    void aRecordEmbeddableIsLeftAsItIs() throws Exception {
        EnhancementResult result = enhance("Money");

        assertThat(result.status()).isEqualTo(Status.UNCHANGED);
        assertThat(result.bytes()).isNull();
        assertThat(result.reason()).contains("record");
        assertThat(ManagedEntity.class.isAssignableFrom(loader.loadClass(MODEL + ".Money"))).isFalse();
    }

    @Test
    void aClassAlreadyEnhancedIsLeftAsItIs() throws Exception {
        EnhancementResult result = enhance("Stamped");

        assertThat(result.status()).isEqualTo(Status.UNCHANGED);
        assertThat(result.describe()).isEqualTo(MODEL + ".Stamped left as it is: already enhanced");
    }

    @Test
    void anUnannotatedClassIsNotManagedUnlessNamed() throws Exception {
        assertThat(enhance("Plain").status()).isEqualTo(Status.NOT_MANAGED);

        String plain = internal("Plain");
        EnhancementResult named = new Enhancer(EnhancerTest::original, plain::equals).enhance(plain, original(plain));
        assertThat(named.status()).isEqualTo(Status.ENHANCED);
        assertThat(named.trackedFields()).isEqualTo(1);
    }

    @Test
    void enhancingIsDeterministicAndEnhancingTheResultAgainChangesNothing() throws Exception {
        EnhancementResult first = enhance("Invoice");
        EnhancementResult second = enhance("Invoice");

        assertThat(first.bytes()).isEqualTo(second.bytes());
        EnhancementResult again = new Enhancer(EnhancerTest::original, name -> false)
                .enhance(internal("Invoice"), first.bytes());
        assertThat(again.status()).isEqualTo(Status.UNCHANGED);
    }

    @Test
    void aMissingSuperclassRefusesTheSubclassAndSaysWhich() throws Exception {
        String invoice = internal("Invoice");
        EnhancementResult result = new Enhancer(name -> name.equals(invoice) ? original(name) : null, name -> false)
                .enhance(invoice, original(invoice));

        assertThat(result.status()).isEqualTo(Status.REFUSED);
        assertThat(result.reason()).contains(MODEL + ".Audited", "cannot be found");
    }

    @Test
    void aManagedSuperclassOutsideTheScopeRefusesTheSubclass() throws Exception {
        String invoice = internal("Invoice");
        EnhancementResult result = new Enhancer(EnhancerTest::original, name -> false)
                .withScope(name -> !name.endsWith("/Audited")).enhance(invoice, original(invoice));

        assertThat(result.status()).isEqualTo(Status.REFUSED);
        assertThat(result.reason()).contains("Audited", "packages=");
    }

    @Test
    void unreadableBytesAreRefusedNotThrown() {
        byte[] garbage = "\u00ca\u00fe garbage naming Ljakarta/persistence/Entity; and nothing else"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        EnhancementResult result = new Enhancer(ClassBytes.NONE, name -> false).enhance("com/acme/Broken", garbage);

        assertThat(result.status()).isEqualTo(Status.REFUSED);
        assertThat(result.describe()).startsWith("com.acme.Broken NOT enhanced: its class file cannot be read");
        assertThat(new Enhancer(ClassBytes.NONE, name -> false).enhance("com/acme/Other", new byte[] {1, 2, 3})
                .status()).isEqualTo(Status.NOT_MANAGED);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private ManagedEntity instance(String simpleName) throws Exception {
        return (ManagedEntity) loader.loadClass(MODEL + "." + simpleName).getConstructor().newInstance();
    }

    private ManagedEntity tracked(String simpleName) throws Exception {
        ManagedEntity entity = instance(simpleName);
        entity.$athanor$tracker(tracker);
        return entity;
    }

    private static EnhancementResult enhance(String simpleName) throws IOException {
        String name = internal(simpleName);
        return new Enhancer(EnhancerTest::original, n -> false).enhance(name, original(name));
    }

    private static String internal(String simpleName) {
        return (MODEL + "." + simpleName).replace('.', '/');
    }

    static byte[] original(String internalName) {
        try (InputStream in = EnhancerTest.class.getClassLoader().getResourceAsStream(internalName + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Object callStatic(String simpleName, String name, Object... args) throws Exception {
        for (Method method : loader.loadClass(MODEL + "." + simpleName).getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == args.length) {
                try {
                    return method.invoke(null, args);
                } catch (InvocationTargetException e) {
                    throw (Exception) e.getCause();
                }
            }
        }
        throw new NoSuchMethodException(name);
    }

    static Object call(Object target, String name, Object... args) throws Exception {
        for (Method method : target.getClass().getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == args.length) {
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw (Exception) e.getCause();
                }
            }
        }
        throw new NoSuchMethodException(name);
    }

    /** The field instructions and accessor calls of each method not generated, in order. */
    private static Map<String, List<String>> fieldAccessByMethod(byte[] classFile) {
        Map<String, List<String>> access = new LinkedHashMap<>();
        String className = new ClassReader(classFile).getClassName();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int flags, String name, String descriptor, String signature,
                                             String[] exceptions) {
                if (name.startsWith("$athanor$")) {
                    return null;
                }
                List<String> found = access.computeIfAbsent(name + descriptor, k -> new ArrayList<>());
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitFieldInsn(int opcode, String owner, String field, String type) {
                        if (opcode == Opcodes.GETFIELD || opcode == Opcodes.PUTFIELD) {
                            found.add((opcode == Opcodes.GETFIELD ? "GETFIELD " : "PUTFIELD ") + field);
                        }
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String method, String type, boolean itf) {
                        if (method.startsWith("$athanor$")) {
                            found.add("CALL " + (owner.equals(className) ? "" : owner + ".") + method);
                        }
                    }
                };
            }
        }, 0);
        return access;
    }
}
