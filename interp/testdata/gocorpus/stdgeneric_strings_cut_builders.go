// Exercises: strings.Cut, CutPrefix, CutSuffix, EqualFold and strings.Builder Grow.
package main

import (
	"fmt"
	"strings"
)

func main() {
	before, after, found := strings.Cut("user:password", ":")
	fmt.Println(before, after, found)
	_, _, found = strings.Cut("nocolon", ":")
	fmt.Println(found)
	rest, ok := strings.CutPrefix("v1.2.3", "v")
	fmt.Println(rest, ok)
	base, ok := strings.CutSuffix("report.pdf", ".txt")
	fmt.Println(base, ok)
	var sb strings.Builder
	sb.Grow(64)
	for i := range 5 {
		if i > 0 {
			sb.WriteByte(',')
		}
		fmt.Fprintf(&sb, "%d", i*i)
	}
	sb.WriteRune('✓')
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.EqualFold("Gopher", "GOPHER"))
}
