package main

import (
	"fmt"
	"time"
)

type Backoff struct {
	Base, Max time.Duration
	Factor    float64
}

func (b Backoff) Delays(n int) []time.Duration {
	var out []time.Duration
	d := b.Base
	for range n {
		out = append(out, d)
		d = min(time.Duration(float64(d)*b.Factor), b.Max)
	}
	return out
}

func main() {
	fmt.Println(Backoff{100 * time.Millisecond, time.Second, 2.5}.Delays(5))
	a, c := time.March, time.January
	fmt.Println(min(a, c), max(a, c, time.December))
	longest := max(2*time.Second, time.Minute/40, 1500*time.Millisecond)
	fmt.Printf("%v %T\n", longest, longest)
	fmt.Println(min(time.Duration(7), 3))
}
