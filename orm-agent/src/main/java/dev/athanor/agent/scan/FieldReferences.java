package dev.athanor.agent.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Lists the fields of other classes a class file names, read straight from its {@link ConstantPool}: no
 * {@code ClassReader}, no code parsed. This is the check every class the agent sees goes through, so it
 * decodes only the names of fields whose owner is another class, and each name once.
 */
public final class FieldReferences {

    private FieldReferences() {
    }

    /**
     * A {@code CONSTANT_Fieldref}: the class a field instruction names (not necessarily the one declaring the
     * field), the field's name and its descriptor.
     */
    public record FieldReference(String owner, String name, String descriptor) {
    }

    /**
     * The field references of {@code classFile} whose owner is another class that {@code owners} accepts, in
     * constant-pool order. Static fields are included: the constant pool does not tell them apart.
     *
     * @throws IllegalArgumentException if the bytes are not a class file, or use a constant this reader does
     *                                  not know
     */
    public static List<FieldReference> of(byte[] classFile, Predicate<String> owners) {
        ConstantPool pool = ConstantPool.of(classFile);
        if (pool.fieldrefCount() == 0) {
            return List.of();
        }
        try {
            return read(pool, owners);
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a readable class file: a field reference points nowhere", e);
        }
    }

    private static List<FieldReference> read(ConstantPool pool, Predicate<String> owners) {
        int thisClass = pool.thisClassIndex();
        String self = null;
        List<FieldReference> found = new ArrayList<>();
        for (int i = 1; i < pool.size(); i++) {
            if (pool.tag(i) != ConstantPool.FIELDREF) {
                continue;
            }
            int classIndex = pool.operand(i, 0);
            // javac names a class once, so the class's own fields are told apart without decoding a name
            if (classIndex == thisClass) {
                continue;
            }
            if (self == null) {
                self = pool.className(thisClass);
            }
            String owner = pool.className(classIndex);
            if (owner.equals(self) || !owners.test(owner)) {
                continue;
            }
            int nameAndType = pool.operand(i, 1);
            found.add(new FieldReference(owner, pool.utf8(pool.operand(nameAndType, 0)),
                    pool.utf8(pool.operand(nameAndType, 1))));
        }
        return found;
    }
}
