package dev.athanor.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class the agent (or the build-time enhancer) rewrote; a class carrying it is never
 * enhanced again.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Enhanced {

    /** The version of the enhancement: the runtime refuses classes of a version it does not know. */
    int version();

    /** A digest of the enhancer options that shaped the class; empty for the defaults. */
    String options() default "";

    /** The enhancement version this runtime understands. */
    int CURRENT = 2;
}
