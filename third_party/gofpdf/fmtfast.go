package gofpdf

import (
	"fmt"
	"strconv"
)

// This file is a briefpack patch (see PATCHES.md, item 10): the formats
// gofpdf writes its content and objects with are formatted here, not by fmt,
// whose general machinery cost several times the formatting itself on every
// cell, colour and font change.

// appendf appends to b what fmt.Sprintf(format, args...) gives. It formats
// %d and %v of an int, %s of a string, %.Nf of a float64 (one digit of precision)
// and %% itself, and leaves any other format, or arguments that do not match
// its verbs, to fmt.
func appendf(b []byte, format string, args ...interface{}) []byte {
	start, arg := len(b), 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b = append(b, c)
			continue
		}
		if i+1 >= len(format) {
			return fmt.Appendf(b[:start], format, args...)
		}
		i++
		if format[i] == '%' {
			b = append(b, '%')
			continue
		}
		if arg >= len(args) {
			return fmt.Appendf(b[:start], format, args...)
		}
		var ok bool
		switch format[i] {
		case 'd', 'v':
			var v int
			if v, ok = args[arg].(int); ok {
				b = strconv.AppendInt(b, int64(v), 10)
			}
		case 's':
			var v string
			if v, ok = args[arg].(string); ok {
				b = append(b, v...)
			}
		case '.':
			if i+2 < len(format) && format[i+2] == 'f' && format[i+1] >= '0' && format[i+1] <= '9' {
				var v float64
				if v, ok = args[arg].(float64); ok {
					b = strconv.AppendFloat(b, v, 'f', int(format[i+1]-'0'), 64)
					i += 2
				}
			}
		}
		if !ok {
			return fmt.Appendf(b[:start], format, args...)
		}
		arg++
	}
	if arg != len(args) {
		return fmt.Appendf(b[:start], format, args...)
	}
	return b
}
