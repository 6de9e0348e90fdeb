/**
 * The contract between classes the agent enhanced and the session that manages their instances.
 * Enhanced classes see only these types; this package imports only {@code java.*}, and the agent
 * refers to it by name, never by class.
 *
 * <p>An enhanced class implements {@link dev.athanor.runtime.ManagedEntity}. Its tracked fields
 * (the persistent ones: not static, not {@code transient}, not {@code @Transient}) are numbered
 * into <em>slots</em>: those of the topmost enhanced superclass first, then each class's own in
 * the order its class file declares them. Every read of a tracked field (outside the constructors
 * of its own class and its subclasses, and from any other class too) goes through
 * {@link dev.athanor.runtime.AttributeTracker#read}, and every write through {@code read},
 * {@link dev.athanor.runtime.AttributeTracker#differ} and
 * {@link dev.athanor.runtime.AttributeTracker#changed}, whenever the instance has a tracker.
 * Reflection, method handles and {@code Unsafe} bypass them.
 */
package dev.athanor.runtime;
