package prose

// IsSpaceByte reports whether c is what the regular expression \s matches: an ASCII space, tab,
// newline, form feed or carriage return. Hand-written matchers that stand in for expressions use it.
func IsSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// SkipSpaceBytes returns the index of the first byte of s from i on that \s does not match.
func SkipSpaceBytes(s string, i int) int {
	for i < len(s) && IsSpaceByte(s[i]) {
		i++
	}
	return i
}
