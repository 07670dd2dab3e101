// Exercises: method values stored in a slice of funcs, value receivers copied at evaluation, pointer receivers bound, method expressions
package main

import "fmt"

type Stats struct {
	Name  string
	Count int
	Sum   float64
}

func (s *Stats) Add(v float64) { s.Count++; s.Sum += v }
func (s Stats) Mean() float64 {
	if s.Count == 0 {
		return 0
	}
	return s.Sum / float64(s.Count)
}
func (s Stats) Describe() string { return fmt.Sprintf("%s n=%d mean=%.3f", s.Name, s.Count, s.Mean()) }

func main() {
	loss := Stats{Name: "loss"}
	acc := &Stats{Name: "acc"}
	before := loss.Describe // copies loss now
	adders := []func(float64){loss.Add, acc.Add}
	for i, v := range []float64{0.9, 0.6, 0.3} {
		adders[0](v)
		adders[1](float64(i) / 2)
	}
	fmt.Println(before())
	fmt.Println(loss.Describe())
	fmt.Println(acc.Describe())
	reporters := []func() string{loss.Describe, acc.Describe}
	loss.Add(100)
	acc.Add(100)
	for _, r := range reporters {
		fmt.Println("late:", r())
	}
	mean := Stats.Mean
	add := (*Stats).Add
	add(&loss, -100)
	fmt.Printf("%.4f %T\n", mean(loss), mean)
}
