package main

import (
	"fmt"
	"strings"
)

type Signal int

const (
	NSGreen Signal = iota
	NSYellow
	EWGreen
	EWYellow
)

func (s Signal) String() string {
	return [...]string{"NS-green", "NS-yellow", "EW-green", "EW-yellow"}[s]
}

type Car struct {
	ID  int
	Dir string
}

func controller(ticks int, phases []int, out chan<- Signal) {
	defer close(out)
	s := NSGreen
	left := phases[s]
	for t := 0; t < ticks; t++ {
		out <- s
		left--
		if left == 0 {
			s = (s + 1) % 4
			left = phases[s]
		}
	}
}

func main() {
	signals := make(chan Signal)
	go controller(16, []int{4, 1, 3, 1}, signals)
	arrivals := map[int][]Car{
		0: {{1, "N"}, {2, "E"}}, 1: {{3, "S"}}, 2: {{4, "W"}, {5, "E"}},
		5: {{6, "N"}}, 7: {{7, "E"}}, 9: {{8, "S"}, {9, "N"}},
	}
	queues := map[string][]Car{}
	var passed []string
	tick := 0
	for sig := range signals {
		for _, c := range arrivals[tick] {
			queues[c.Dir] = append(queues[c.Dir], c)
		}
		var open []string
		switch sig {
		case NSGreen:
			open = []string{"N", "S"}
		case EWGreen:
			open = []string{"E", "W"}
		}
		for _, d := range open {
			if q := queues[d]; len(q) > 0 {
				passed = append(passed, fmt.Sprintf("t%d:%s%d", tick, d, q[0].ID))
				queues[d] = q[1:]
			}
		}
		waiting := 0
		for _, q := range queues {
			waiting += len(q)
		}
		fmt.Printf("t=%2d %-9v waiting=%d\n", tick, sig, waiting)
		tick++
	}
	fmt.Println(strings.Join(passed, " "))
	fmt.Println(queues)

	done := make(chan struct{})
	results := make(chan string, 1)
	go func() {
		select {
		case results <- "served":
		case <-done:
		}
	}()
	select {
	case r := <-results:
		fmt.Println(r)
	}
	close(done)
}
