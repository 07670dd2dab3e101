// Exercises: strings.Builder, Fprintf into a builder, Repeat, Join, Grow
package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	sb.Grow(64)
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&sb, "layer%d ", i)
	}
	sb.WriteString("|")
	sb.WriteByte('!')
	sb.WriteRune('λ')
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.Repeat("=-", 5))
	fmt.Println(strings.Join([]string{"w", "b", "lr"}, ", "))
}
