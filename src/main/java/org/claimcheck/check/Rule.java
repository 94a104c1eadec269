package org.claimcheck.check;

import java.util.List;

/**
 * One check over the loaded workspace. Stateless; sees only the workspace, never the CLI or the reports. Each
 * implementation declares what it is with {@link RuleInfo}; the accessors here read that declaration.
 */
public interface Rule {
    List<Finding> check(Workspace workspace);

    /** The rule's declaration; every rule class carries one. */
    default RuleInfo info() {
        RuleInfo info = getClass().getAnnotation(RuleInfo.class);
        if (info == null) throw new IllegalStateException(getClass().getName() + " has no @RuleInfo");
        return info;
    }

    default String id() {
        return info().id();
    }

    default Severity severity() {
        return info().severity();
    }

    default String summary() {
        return info().summary();
    }

    default String description() {
        return info().description();
    }

    default Finding finding(String message, List<Location> locations, String fix) {
        return new Finding(id(), severity(), message, locations, fix);
    }
}
