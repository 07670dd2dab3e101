// Exercises: strings.SplitSeq, strings.Lines, strings.FieldsSeq, maps.All with sorted collection, slices.All, bytes.Lines
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()
	text := "first line\nsecond\n\nlast no newline"
	n := 0
	for line := range strings.Lines(text) {
		n++
		fmt.Printf("%d %q\n", n, line)
	}
	var words []string
	for w := range strings.FieldsSeq("  the  quick\tbrown fox ") {
		words = append(words, strings.ToUpper(w))
	}
	fmt.Println(words, len(words))
	m := map[string]int{"x": 3, "y": 1, "z": 2}
	pairs := slices.SortedFunc(func(yield func(string) bool) {
		for k, v := range maps.All(m) {
			if !yield(fmt.Sprintf("%s%d", k, v)) {
				return
			}
		}
	}, strings.Compare)
	fmt.Println(pairs)
	for i, w := range slices.All(words) {
		if i == 2 {
			break
		}
		fmt.Print(i, w, " ")
	}
	fmt.Println()
	collected := maps.Collect(slices.All([]string{"zero", "one"}))
	fmt.Println(collected)
}
