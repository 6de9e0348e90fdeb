package dev.athanor.agent.scan;

/**
 * The constant pool of a class file, indexed but not decoded, and the names that follow it: what the
 * agent's per-class checks read instead of running a {@code ClassReader}. A name is decoded when asked for,
 * and once.
 */
public final class ConstantPool {

    static final int UTF8 = 1;
    static final int CLASS = 7;
    static final int FIELDREF = 9;

    private final byte[] bytes;
    private final int[] offsets;
    private final String[] decoded;
    private final int header;
    private final int fieldrefs;

    private ConstantPool(byte[] bytes, int[] offsets, int header, int fieldrefs) {
        this.bytes = bytes;
        this.offsets = offsets;
        this.decoded = new String[offsets.length];
        this.header = header;
        this.fieldrefs = fieldrefs;
    }

    /**
     * Indexes the constant pool of {@code classFile}.
     *
     * @throws IllegalArgumentException if the bytes are not a class file, or use a constant this reader does
     *                                  not know
     */
    public static ConstantPool of(byte[] classFile) {
        try {
            return index(classFile);
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a readable class file: its constant pool is truncated", e);
        }
    }

    private static ConstantPool index(byte[] b) {
        if (b.length < 10 || u2(b, 0) != 0xCAFE || u2(b, 2) != 0xBABE) {
            throw new IllegalArgumentException("not a class file: it does not start with 0xCAFEBABE");
        }
        int count = u2(b, 8);
        int[] offsets = new int[count];
        int fieldrefs = 0;
        int at = 10;
        for (int i = 1; i < count; i++) {
            offsets[i] = at;
            int tag = b[at];
            switch (tag) {
                case UTF8 -> at += 3 + u2(b, at + 1);
                case CLASS, 8, 16, 19, 20 -> at += 3;
                case 15 -> at += 4;
                case 3, 4, FIELDREF, 10, 11, 12, 17, 18 -> {
                    fieldrefs += tag == FIELDREF ? 1 : 0;
                    at += 5;
                }
                case 5, 6 -> {
                    at += 9;
                    i++;
                }
                default -> throw new IllegalArgumentException("not a readable class file: constant " + i
                        + " has the unknown tag " + tag);
            }
        }
        if (at + 6 > b.length) {
            throw new IllegalArgumentException("not a readable class file: it ends after its constant pool");
        }
        return new ConstantPool(b, offsets, at, fieldrefs);
    }

    /** The class's access flags. */
    public int access() {
        return u2(bytes, header);
    }

    /** The internal name of the superclass; null for {@code java/lang/Object} and modules. */
    public String superName() {
        int index = u2(bytes, header + 4);
        return index == 0 ? null : className(index);
    }

    int thisClassIndex() {
        return u2(bytes, header + 2);
    }

    int fieldrefCount() {
        return fieldrefs;
    }

    int size() {
        return offsets.length;
    }

    int tag(int index) {
        int at = offsets[index];
        return at == 0 ? 0 : bytes[at];
    }

    /** The {@code index}-th unsigned 16-bit operand of the constant at {@code constant}, from 0. */
    int operand(int constant, int index) {
        return u2(bytes, offsets[constant] + 1 + 2 * index);
    }

    /** The internal name the {@code CONSTANT_Class} at {@code index} holds. */
    String className(int index) {
        if (tag(index) != CLASS) {
            throw new IllegalArgumentException("not a readable class file: constant " + index + " is not a class");
        }
        return utf8(operand(index, 0));
    }

    /** The {@code CONSTANT_Utf8} at {@code index}, decoded once. */
    String utf8(int index) {
        String known = decoded[index];
        if (known != null) {
            return known;
        }
        if (tag(index) != UTF8) {
            throw new IllegalArgumentException("not a readable class file: constant " + index + " is not a name");
        }
        int at = offsets[index];
        int end = at + 3 + u2(bytes, at + 1);
        char[] chars = new char[end - at - 3];
        int n = 0;
        // modified UTF-8: one, two or three bytes a char, never four
        for (int i = at + 3; i < end; n++) {
            int c = bytes[i++] & 0xFF;
            if (c < 0x80) {
                chars[n] = (char) c;
            } else if (c < 0xE0) {
                chars[n] = (char) (((c & 0x1F) << 6) | (bytes[i++] & 0x3F));
            } else {
                chars[n] = (char) (((c & 0x0F) << 12) | ((bytes[i++] & 0x3F) << 6) | (bytes[i++] & 0x3F));
            }
        }
        String name = new String(chars, 0, n);
        decoded[index] = name;
        return name;
    }

    private static int u2(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }
}
