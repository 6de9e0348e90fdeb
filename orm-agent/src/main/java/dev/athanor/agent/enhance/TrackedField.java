package dev.athanor.agent.enhance;

import net.bytebuddy.jar.asm.Type;

/**
 * A field of the class being enhanced that gets a slot and a pair of tracking accessors.
 *
 * @param name        the field's name
 * @param descriptor  its type descriptor
 * @param slot        its slot among all the tracked fields of the class and its enhanced superclasses
 * @param association whether a change is another instance ({@code differIdentity}) rather than an unequal value
 */
record TrackedField(String name, String descriptor, int slot, boolean association) {

    Type type() {
        return Type.getType(descriptor);
    }
}
