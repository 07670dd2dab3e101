// Exercises: strings.Builder building output incrementally with Write methods.
package main

import (
	"fmt"
	"strings"
)

func box(lines []string) string {
	width := 0
	for _, l := range lines {
		width = max(width, len(l))
	}
	var sb strings.Builder
	sb.WriteString("+" + strings.Repeat("-", width+2) + "+\n")
	for _, l := range lines {
		sb.WriteString("| ")
		sb.WriteString(l)
		sb.WriteString(strings.Repeat(" ", width-len(l)))
		sb.WriteString(" |\n")
	}
	sb.WriteString("+" + strings.Repeat("-", width+2) + "+")
	return sb.String()
}

func main() {
	fmt.Println(box([]string{"hello", "go", "builder"}))
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteByte('!')
	fmt.Println(sb.String(), sb.Len())
}
