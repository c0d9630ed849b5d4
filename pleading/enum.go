package pleading

// EnumValues lists the kinds of pleading, so a template comparing a kind
// with text that is none of them gets an error naming them.
func (Kind) EnumValues() []string {
	return []string{string(KindComplaint), string(KindAnswer), string(KindOther)}
}

// EnumValues lists the response classes, so a template comparing a class
// with text that is none of them ({{ eq .Class "Denied" }}) gets an error
// naming them.
func (Class) EnumValues() []string {
	return []string{string(ClassAdmitted), string(ClassDenied), string(ClassPartlyAdmitted), string(ClassNoKnowledge),
		string(ClassIncorporated), string(ClassNoResponseRequired), string(ClassNotAnswered)}
}
