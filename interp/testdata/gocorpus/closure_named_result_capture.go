// Exercises: closures that capture and modify a function's named results.
package main

import "fmt"

func build(words []string) (out string, count int) {
	add := func(w string) {
		if out != "" {
			out += "-"
		}
		out += w
		count++
	}
	for _, w := range words {
		if len(w) > 2 {
			add(w)
		}
	}
	return
}

func main() {
	s, n := build([]string{"go", "rust", "c", "java", "zig"})
	fmt.Println(s, n)
}
