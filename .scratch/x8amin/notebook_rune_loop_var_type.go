// Exercises: a for-loop variable initialised with a rune constant has type rune (notebook style)
package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for r := 'a'; r < 'c'; r++ {
		sb.WriteRune(r)
	}
	fmt.Println(sb.String())
}
