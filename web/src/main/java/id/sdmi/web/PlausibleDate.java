package id.sdmi.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A day the platform's records can be about: from 1900 to 2999. JSON and Java take any year up to nine digits,
 * PostgreSQL does not, and no review, meeting or release happened in the year -999999999.
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    LocalDate FIRST = LocalDate.of(1900, 1, 1);
    LocalDate LAST = LocalDate.of(2999, 12, 31);

    String message() default "must be a day from 1900-01-01 to 2999-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<PlausibleDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate day, ConstraintValidatorContext context) {
            return day == null || !day.isBefore(FIRST) && !day.isAfter(LAST);
        }
    }
}
