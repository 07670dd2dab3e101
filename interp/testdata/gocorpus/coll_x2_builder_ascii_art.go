// Exercises: strings.Builder building an ASCII box, a triangle and a multiplication table.
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
	var b strings.Builder
	b.WriteString("+" + strings.Repeat("-", width+2) + "+\n")
	for _, l := range lines {
		fmt.Fprintf(&b, "| %-*s |\n", width, l)
	}
	b.WriteString("+" + strings.Repeat("-", width+2) + "+")
	return b.String()
}

func triangle(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		b.WriteString(strings.Repeat(" ", n-i))
		b.WriteString(strings.Repeat("*", 2*i-1))
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	fmt.Println(box([]string{"Go", "is expressive,", "concise"}))
	fmt.Print(triangle(4))
	var t strings.Builder
	for i := 1; i <= 4; i++ {
		for j := 1; j <= 4; j++ {
			fmt.Fprintf(&t, "%4d", i*j)
		}
		t.WriteRune('\n')
	}
	fmt.Print(t.String())
	fmt.Println(t.Len() > 0)
}
