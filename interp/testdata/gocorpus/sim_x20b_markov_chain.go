package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type State int

const (
	Sunny State = iota
	Cloudy
	Rainy
)

func (s State) String() string { return [...]string{"sunny", "cloudy", "rainy"}[s] }

type Chain struct {
	P [3][3]float64
}

func (c Chain) Next(s State, r *rand.Rand) State {
	u := r.Float64()
	acc := 0.0
	for j, p := range c.P[s] {
		acc += p
		if u < acc {
			return State(j)
		}
	}
	return State(len(c.P) - 1)
}

func (c Chain) Stationary(iters int) [3]float64 {
	d := [3]float64{1, 0, 0}
	for range iters {
		var nd [3]float64
		for i := range d {
			for j := range nd {
				nd[j] += d[i] * c.P[i][j]
			}
		}
		d = nd
	}
	return d
}

func main() {
	c := Chain{[3][3]float64{{0.7, 0.2, 0.1}, {0.3, 0.4, 0.3}, {0.2, 0.3, 0.5}}}
	r := rand.New(rand.NewPCG(1, 2))
	s := Sunny
	var path []string
	counts := map[State]int{}
	for i := 0; i < 10000; i++ {
		s = c.Next(s, r)
		counts[s]++
		if i < 15 {
			path = append(path, s.String()[:1])
		}
	}
	fmt.Println(strings.Join(path, ""))
	fmt.Println(counts)
	st := c.Stationary(100)
	for i, p := range st {
		emp := float64(counts[State(i)]) / 10000
		fmt.Printf("%-7v stationary=%.4f empirical=%.4f\n", State(i), p, emp)
	}
	trans := [3][3]int{}
	prev := Sunny
	for i := 0; i < 2000; i++ {
		nx := c.Next(prev, r)
		trans[prev][nx]++
		prev = nx
	}
	fmt.Println(trans)
}
