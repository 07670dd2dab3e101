// Exercises: strings.SplitSeq, strings.Lines, strings.FieldsSeq, strings.FieldsFuncSeq.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()
	text := "first line\nsecond line\nno newline at end"
	for line := range strings.Lines(text) {
		fmt.Printf("%q\n", line)
	}
	n := 0
	for f := range strings.FieldsSeq("  lots   of   space  ") {
		n++
		fmt.Print(f, "|")
	}
	fmt.Println(n)
	for f := range strings.FieldsFuncSeq("a1b22c333", unicode.IsDigit) {
		fmt.Print(f, " ")
	}
	fmt.Println()
	for p := range strings.SplitAfterSeq("x.y.z", ".") {
		fmt.Print(p, " ")
	}
	fmt.Println()
}
