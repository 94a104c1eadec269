package org.claimcheck.check;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a rule is, declared once on its class (as Error Prone's {@code @BugPattern}): the id, severity, one-line
 * summary and the description {@code claimcheck rules ID} prints. {@link Rule}'s accessors read it, so a rule
 * class holds only its check.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    /** Stable kebab-case id, used in reports, baselines and {@code claimcheck rules ID}. */
    String id();

    Severity severity();

    /** One line: what the rule flags. */
    String summary();

    /** A few sentences: what it flags, why, and how to fix or record it. */
    String description();
}
