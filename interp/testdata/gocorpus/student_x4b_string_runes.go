// Exercises: strings of class labels with non-ASCII letters: len vs rune count, byte indexing vs range, padding with %-8s, strings.Fields
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	labels := []string{"café", "naïve", "cat", "日本"}
	for _, l := range labels {
		fmt.Printf("%-8s|len=%d runes=%d first=%q last byte=%d\n", l, len(l), utf8.RuneCountInString(l), l[0], l[len(l)-1])
	}
	for i, r := range "né" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	s := "weights: 0.5  -1.25 3"
	fields := strings.Fields(strings.TrimPrefix(s, "weights:"))
	fmt.Println(fields, len(fields))
	b := []byte("relu")
	b[0] = 'R'
	fmt.Println(string(b), strings.ToUpper("tanh"), strings.Repeat("=", 5))
	rs := []rune("café")
	rs[3] = 'e'
	fmt.Println(string(rs), len(rs), strings.EqualFold("Relu", "RELU"))
	bar := func(frac float64, width int) string {
		n := int(frac * float64(width))
		return "[" + strings.Repeat("#", n) + strings.Repeat(".", width-n) + "]"
	}
	for _, f := range []float64{0, 0.33, 1} {
		fmt.Println(bar(f, 10))
	}
	fmt.Println(strings.Compare("a", "b"), "abc" < "abd", strings.Split("a,b,,c", ","))
}
