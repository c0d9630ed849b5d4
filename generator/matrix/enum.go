package matrix

// EnumValues lists the statuses of an element of a claim, so a template
// comparing a status with text that is none of them gets an error naming them.
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
