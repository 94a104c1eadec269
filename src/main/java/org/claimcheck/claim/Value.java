package org.claimcheck.claim;

import org.claimcheck.time.PartialDate;
import java.math.BigDecimal;

/** An assertion's value, typed by its property: a date, an entity id, a number (with an optional unit) or text. */
public sealed interface Value {
    /** How the value reads in a message. */
    String display(Vocabulary vocabulary);

    /** Whether two values of one property can both be true at once (a year and a month in it can). */
    boolean compatibleWith(Value other);

    record Date(PartialDate date) implements Value {
        public String display(Vocabulary v) {
            return date.toString();
        }

        public boolean compatibleWith(Value other) {
            return other instanceof Date d && date.overlaps(d.date);
        }
    }

    record Entity(String id) implements Value {
        public String display(Vocabulary v) {
            return v.label(id);
        }

        public boolean compatibleWith(Value other) {
            return equals(other);
        }
    }

    record Number(BigDecimal amount, String unit) implements Value {
        public String display(Vocabulary v) {
            return amount.toPlainString() + (unit == null ? "" : unit.equals("%") ? unit : " " + unit);
        }

        public boolean compatibleWith(Value other) {
            return other instanceof Number n && amount.compareTo(n.amount) == 0 && java.util.Objects.equals(unit, n.unit);
        }
    }

    record Text(String text) implements Value {
        public String display(Vocabulary v) {
            return "\"" + text + "\"";
        }

        public boolean compatibleWith(Value other) {
            return other instanceof Text t && text.equalsIgnoreCase(t.text);
        }
    }
}
