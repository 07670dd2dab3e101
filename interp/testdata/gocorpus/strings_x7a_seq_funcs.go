// Exercises: strings.Lines, strings.SplitSeq, strings.FieldsSeq, strings.FieldsFuncSeq, bytes.Lines (Go 1.24)
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	text := "name: go\nyear: 2009\n\nmascot: gopher"
	for line := range strings.Lines(text) {
		fmt.Printf("%q\n", line)
	}
	n := 0
	for part := range strings.SplitSeq("a,b,,c", ",") {
		n++
		fmt.Print("[", part, "]")
	}
	fmt.Println(n)
	for f := range strings.FieldsSeq("  lots   of\tspace \n here ") {
		fmt.Print(f, ".")
	}
	fmt.Println()
	for f := range strings.FieldsFuncSeq("x1y22z333", unicode.IsLetter) {
		fmt.Print(f, " ")
	}
	fmt.Println()
	var lens []int
	for l := range bytes.Lines([]byte("ab\ncde\nf")) {
		lens = append(lens, len(l))
	}
	fmt.Println(lens)
	for kv := range strings.SplitSeq("k1=v1;k2=v2;bad", ";") {
		k, v, ok := strings.Cut(kv, "=")
		fmt.Println(k, v, ok)
	}
}
