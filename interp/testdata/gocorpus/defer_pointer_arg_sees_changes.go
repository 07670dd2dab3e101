// Exercises: deferring with a pointer argument observes later mutations, value argument does not.
package main

import "fmt"

type Stats struct {
	Count int
}

func report(label string, s *Stats) {
	fmt.Printf("%s: count=%d\n", label, s.Count)
}

func reportValue(label string, s Stats) {
	fmt.Printf("%s: count=%d\n", label, s.Count)
}

func main() {
	func() {
		st := Stats{}
		defer report("pointer", &st)
		defer reportValue("value", st)
		for range 3 {
			st.Count++
		}
		fmt.Println("body done with", st.Count)
	}()
}
