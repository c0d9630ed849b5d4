package generator

// EnumValues lists the severities of a finding, so a template comparing a
// severity with text that is none of them gets an error naming them.
func (Severity) EnumValues() []string {
	return []string{string(SeverityError), string(SeverityWarning), string(SeverityInfo)}
}

// EnumValues lists the statuses of an element of a claim.
func (Status) EnumValues() []string {
	out := make([]string, len(statusOrder))
	for i, s := range statusOrder {
		out[i] = string(s)
	}
	return out
}

// EnumValues lists the effects of a response on an element.
func (Effect) EnumValues() []string {
	return []string{string(EffectAdmits), string(EffectPartly), string(EffectDenies), string(EffectNone)}
}
