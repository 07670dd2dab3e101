// Exercises: strings.Cut/CutPrefix/CutSuffix, Fields/FieldsFunc, SplitN/SplitAfter, EqualFold, a snake_case to camelCase converter, Index/LastIndex/IndexFunc, Repeat, TrimFunc, Count.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

// camel turns snake_case or kebab-case into lowerCamelCase, keeping
// known initialisms upper case.
func camel(s string) string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == '-' })
	for i, p := range parts {
		switch up := strings.ToUpper(p); {
		case i > 0 && (up == "ID" || up == "URL" || up == "HTTP"):
			parts[i] = up
		case i > 0:
			parts[i] = strings.ToUpper(p[:1]) + strings.ToLower(p[1:])
		default:
			parts[i] = strings.ToLower(p)
		}
	}
	return strings.Join(parts, "")
}

func main() {
	for _, s := range []string{"key=value=more", "novalue", "=empty"} {
		k, v, found := strings.Cut(s, "=")
		fmt.Printf("%q %q %v\n", k, v, found)
	}
	rest, ok := strings.CutPrefix("v1.2.3", "v")
	fmt.Println(rest, ok)
	base, ok := strings.CutSuffix("report.tar.gz", ".zip")
	fmt.Println(base, ok)
	fmt.Printf("%q\n", strings.SplitN("a:b:c:d", ":", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a.b.c", "."))
	fmt.Printf("%q\n", strings.FieldsFunc("one1two22three", unicode.IsDigit))
	fmt.Println(camel("user_id"), camel("--http-request_url"), camel("Max-RETRY_count"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gö", "GÖ"))
	s := "chicken kitchen"
	fmt.Println(strings.Index(s, "ken"), strings.LastIndex(s, "ken"), strings.IndexFunc(s, unicode.IsSpace), strings.IndexByte(s, 'z'))
	fmt.Println(strings.Repeat("ab", 3), strings.Count(s, "k"), strings.Count("five", ""))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Println(strings.ContainsAny("hello", "xyz"), strings.HasSuffix("main.go", ".go"), strings.ToUpper("ß"), strings.Compare("a", "b"))
}
