package org.claimcheck.cite;

import java.util.List;
import org.claimcheck.time.PartialDate;

/**
 * The fields of one reference-list entry, as far as {@link ReferenceParser} could tell them apart. Absent fields
 * are null (authors: empty). Strings are as written in the entry, minus surrounding quotes and punctuation.
 *
 * @param authors     each author or organisation, as written ("Blagov, Sergei", "Balazs Szalontai")
 * @param isbn        digits of an ISBN whose check digit is correct
 * @param invalidIsbn digits of a printed ISBN whose check digit is wrong: a typo the checker can report
 * @param archived    date of the archived copy ("Archived from the original on ...")
 * @param retrieved   date the citer retrieved the source ("Retrieved ...", "Accessed ...")
 */
public record ParsedReference(List<String> authors, String title, String container, String publisher,
                              PartialDate date, String pages, String isbn, String invalidIsbn, String url,
                              PartialDate archived, PartialDate retrieved) {
    public ParsedReference {
        authors = List.copyOf(authors);
    }
}
