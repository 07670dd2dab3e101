// Exercises: strings package functions (Fields, Split/SplitN, Cut, EqualFold, Title-casing by hand, Map, TrimFunc), strings.Builder Grow
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func camel(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	up := false
	for i, r := range s {
		switch {
		case r == '_' || r == '-' || r == ' ':
			up = true
		case up || i == 0:
			b.WriteRune(unicode.ToUpper(r))
			up = false
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func main() {
	fmt.Println(camel("hello_wide-world now"), camel("ärger_über"))
	k, v, ok := strings.Cut("key=value=more", "=")
	fmt.Println(k, v, ok)
	_, _, ok = strings.Cut("novalue", "=")
	fmt.Println(ok, strings.SplitN("a,b,c,d", ",", 2), len(strings.Split("", ",")))
	fmt.Printf("%q\n", strings.Fields("  a \t b\n c  "))
	fmt.Println(strings.EqualFold("Gopher", "GOPHER"), strings.Count("cheese", "e"), strings.Count("five", ""))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, Gopher!"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.ContainsAny("hi", "xyz"), strings.HasPrefix("prefix", "pre"))
	fmt.Println(strings.Title("x") == "X", strings.ToTitle("ǆ"), strings.Repeat("=", 5))
}
