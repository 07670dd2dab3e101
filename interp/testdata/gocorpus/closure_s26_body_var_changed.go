// Exercises: variables declared in a loop's body, captured by function literals that are stored or handed on, and
// changed by the body after the literal is made (a strings.Builder written through a pointer-receiver method, a
// counter, a slice appended to), in range and three-clause loops, with goroutines of the iteration sharing one.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func use(open func() *strings.Builder, s string) { open().WriteString(s) }

func main() {
	for _, input := range []string{"a", "b"} {
		var log strings.Builder
		open := func() *strings.Builder { return &log }
		use(open, input)
		log.WriteString("!")
		fmt.Println(log.String(), open().Len())
	}
	var report []func() int
	for i := 0; i < 3; i++ {
		count := i * 10
		report = append(report, func() int { return count })
		count++
	}
	for _, f := range report {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for _, words := range [][]string{{"x", "y"}, {"z"}} {
		seen := []string{}
		add := func(w string) { seen = append(seen, strings.ToUpper(w)) }
		for _, w := range words {
			add(w)
		}
		seen = append(seen, "end")
		fmt.Println(seen, len(seen))
	}
	for round := 1; round <= 2; round++ {
		var mu sync.Mutex
		var wg sync.WaitGroup
		total := 0
		for k := 1; k <= 4; k++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				mu.Lock()
				total += k * round
				mu.Unlock()
			}()
		}
		wg.Wait()
		total += 1000
		fmt.Println("round", round, total)
	}
}
