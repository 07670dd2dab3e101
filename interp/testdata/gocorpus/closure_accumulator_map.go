// Exercises: closures sharing a captured map between several functions.
package main

import (
	"fmt"
	"strings"
)

func tally() (add func(string), report func() string) {
	counts := map[string]int{}
	add = func(w string) { counts[strings.ToLower(w)]++ }
	report = func() string { return fmt.Sprint(counts) }
	return
}

func main() {
	add, report := tally()
	for _, w := range strings.Fields("The cat and the Dog and THE bird") {
		add(w)
	}
	fmt.Println(report())
}
