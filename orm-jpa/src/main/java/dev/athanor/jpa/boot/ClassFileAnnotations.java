package dev.athanor.jpa.boot;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the class-level annotations of a class file from its bytes, without loading the class:
 * scanning a unit's root must not run static initialisers or load (and so fix) classes before the
 * agent could enhance them. Reads the constant pool, skips fields and methods, and returns the
 * types of the {@code RuntimeVisibleAnnotations} attribute of the class.
 */
final class ClassFileAnnotations {

    private static final int MAGIC = 0xCAFEBABE;

    private ClassFileAnnotations() {
    }

    /**
     * The descriptors ({@code Ljakarta/persistence/Entity;}) of the class's own runtime-visible
     * annotations; empty for a file that is not a class file.
     */
    static List<String> of(byte[] bytes) {
        try {
            return read(new DataInputStream(new ByteArrayInputStream(bytes)));
        } catch (IOException | RuntimeException e) {
            return List.of(); // a damaged or unknown file is no managed class; loading it would fail anyway
        }
    }

    private static List<String> read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            return List.of();
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        String[] utf8 = constantPool(in);
        in.readUnsignedShort(); // access flags
        in.readUnsignedShort(); // this class
        in.readUnsignedShort(); // super class
        skipFully(in, 2 * in.readUnsignedShort()); // interfaces
        skipMembers(in); // fields
        skipMembers(in); // methods
        List<String> annotations = new ArrayList<>();
        int attributes = in.readUnsignedShort();
        for (int i = 0; i < attributes; i++) {
            String name = utf8[in.readUnsignedShort()];
            int length = in.readInt();
            if ("RuntimeVisibleAnnotations".equals(name)) {
                int count = in.readUnsignedShort();
                for (int a = 0; a < count; a++) {
                    annotations.add(annotation(in, utf8));
                }
            } else {
                skipFully(in, length);
            }
        }
        return annotations;
    }

    /** The constant pool's UTF-8 entries by index; other entries are skipped. */
    private static String[] constantPool(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> skipFully(in, 2); // Class, String, MethodType, Module, Package
                case 15 -> skipFully(in, 3); // MethodHandle
                case 3, 4, 9, 10, 11, 12, 17, 18 -> skipFully(in, 4);
                case 5, 6 -> {
                    skipFully(in, 8); // Long and Double take two slots
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return utf8;
    }

    private static void skipMembers(DataInputStream in) throws IOException {
        int members = in.readUnsignedShort();
        for (int m = 0; m < members; m++) {
            skipFully(in, 6); // access, name, descriptor
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                in.readUnsignedShort();
                skipFully(in, in.readInt());
            }
        }
    }

    /** Reads one annotation and returns its type; its element values are skipped. */
    private static String annotation(DataInputStream in, String[] utf8) throws IOException {
        String type = utf8[in.readUnsignedShort()];
        int pairs = in.readUnsignedShort();
        for (int p = 0; p < pairs; p++) {
            in.readUnsignedShort(); // element name
            skipElementValue(in, utf8);
        }
        return type;
    }

    private static void skipElementValue(DataInputStream in, String[] utf8) throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 's', 'c' -> skipFully(in, 2);
            case 'e' -> skipFully(in, 4);
            case '@' -> annotation(in, utf8);
            case '[' -> {
                int values = in.readUnsignedShort();
                for (int v = 0; v < values; v++) {
                    skipElementValue(in, utf8);
                }
            }
            default -> throw new IOException("unknown element value tag " + (char) tag);
        }
    }

    private static void skipFully(DataInputStream in, int bytes) throws IOException {
        in.skipNBytes(bytes);
    }
}
