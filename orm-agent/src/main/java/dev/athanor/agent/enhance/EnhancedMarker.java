package dev.athanor.agent.enhance;

import net.bytebuddy.jar.asm.AnnotationVisitor;
import net.bytebuddy.jar.asm.ClassVisitor;

/** {@code @Enhanced(version = 1)} on the class: the runtime checks the version, the enhancer skips it next time. */
final class EnhancedMarker {

    private EnhancedMarker() {
    }

    static void addTo(ClassVisitor cv) {
        AnnotationVisitor annotation = cv.visitAnnotation(RuntimeNames.ENHANCED, true);
        annotation.visit("version", RuntimeNames.ENHANCEMENT_VERSION);
        annotation.visitEnd();
    }
}
