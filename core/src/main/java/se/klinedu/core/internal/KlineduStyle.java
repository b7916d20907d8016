package se.klinedu.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;

/**
 * The one Immutables style of klinedu's value types.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        // generated code uses the JDK only: no Guava on a user's classpath
        jdkOnly = true,
        // a builder sets each attribute once and never resets a collection silently
        strictBuilder = true,
        // builder methods read as singular nouns: addTraining(t) for trainings()
        depluralize = true,
        // a builder missing attributes throws the project's exception, naming them
        throwForInvalidImmutableState = InvalidInputException.class,
        // values are built through the abstract type's factories, never through the generated class
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        // the generated builders return the value type and its nested public Builder, never the hidden class
        overshadowImplementation = true,
        // withX copies are re-validated by @Value.Check like any construction
        defaults = @Value.Immutable(copy = true))
public @interface KlineduStyle {
}
