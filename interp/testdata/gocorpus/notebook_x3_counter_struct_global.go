// Exercises: notebook style: package-level struct value mutated via pointer-receiver methods from helpers
package main

import "fmt"

type Stats struct {
	Count int
	Sum   float64
	Max   float64
}

func (s *Stats) Add(x float64) {
	s.Count++
	s.Sum += x
	if s.Count == 1 || x > s.Max {
		s.Max = x
	}
}

func (s Stats) Mean() float64 { return s.Sum / float64(s.Count) }

var stats Stats

func feed(xs ...float64) {
	for _, x := range xs {
		stats.Add(x)
	}
}

func show() { fmt.Printf("%+v mean=%.3f\n", stats, stats.Mean()) }

func main() {
	feed(1, 5, 3)
	show()
	feed(-2, 10)
	show()
}
