package org.claimcheck.report;

/** The report formats {@code check} can write, each with its file name under the output folder. */
public enum ReportFormat {
    MD("claimcheck.md", new MarkdownReport()),
    JSON("claimcheck.json", new JsonReport()),
    SARIF("claimcheck.sarif", new SarifReport()),
    JUNIT("junit.xml", new JUnitReport()),

    HTML("claimcheck.html", new HtmlReport());

    private final String fileName;
    private final Report report;

    ReportFormat(String fileName, Report report) {
        this.fileName = fileName;
        this.report = report;
    }

    public String fileName() {
        return fileName;
    }

    public Report report() {
        return report;
    }
}
