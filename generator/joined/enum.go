package joined

// EnumValues lists the severities of a finding, so a template comparing a
// severity with text that is none of them gets an error naming them.
func (Severity) EnumValues() []string {
	return []string{string(SeverityError), string(SeverityWarning), string(SeverityInfo)}
}
