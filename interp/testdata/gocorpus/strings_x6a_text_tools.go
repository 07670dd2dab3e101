// Exercises: strings.Builder, strings.NewReplacer, strings.Fields, strings.Cut, CutPrefix, EqualFold, Title-like mapping
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	line := "  key = value with = signs  "
	k, v, found := strings.Cut(line, "=")
	fmt.Printf("%q %q %v\n", strings.TrimSpace(k), strings.TrimSpace(v), found)
	_, _, found = strings.Cut("novalue", "=")
	fmt.Println(found)
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("a < b && c > d"))
	fields := strings.Fields("  multiple   spaces\tand\ttabs\n ")
	fmt.Println(len(fields), fields)
	rest, ok := strings.CutPrefix("v1.2.3", "v")
	fmt.Println(rest, ok, strings.EqualFold("Go", "GO"))
	var b strings.Builder
	for i, w := range strings.FieldsFunc("hello-world_of go", func(r rune) bool { return !unicode.IsLetter(r) }) {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	fmt.Println(b.String(), b.Len())
	fmt.Println(strings.Repeat("ab", 3), strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.SplitN("a,b,c,d", ",", 2), strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.Split("", ","))
}
