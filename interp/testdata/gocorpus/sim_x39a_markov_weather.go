package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
	"strings"
)

type Chain struct {
	states []string
	P      map[string]map[string]float64
}

func FromSequence(seq []string) *Chain {
	counts := map[string]map[string]int{}
	for i := 0; i+1 < len(seq); i++ {
		a, b := seq[i], seq[i+1]
		if counts[a] == nil {
			counts[a] = map[string]int{}
		}
		counts[a][b]++
	}
	c := &Chain{P: map[string]map[string]float64{}}
	for s := range counts {
		c.states = append(c.states, s)
	}
	sort.Strings(c.states)
	for a, row := range counts {
		total := 0
		for _, n := range row {
			total += n
		}
		c.P[a] = map[string]float64{}
		for b, n := range row {
			c.P[a][b] = float64(n) / float64(total)
		}
	}
	return c
}

func (c *Chain) Next(r *rand.Rand, cur string) string {
	u := r.Float64()
	acc := 0.0
	for _, s := range c.states {
		acc += c.P[cur][s]
		if u < acc {
			return s
		}
	}
	return c.states[len(c.states)-1]
}

func (c *Chain) Stationary(iters int) map[string]float64 {
	pi := map[string]float64{}
	for _, s := range c.states {
		pi[s] = 1 / float64(len(c.states))
	}
	for it := 0; it < iters; it++ {
		next := map[string]float64{}
		for _, a := range c.states {
			for _, b := range c.states {
				next[b] += pi[a] * c.P[a][b]
			}
		}
		pi = next
	}
	return pi
}

func main() {
	history := strings.Fields(`sun sun cloud rain rain cloud sun sun sun cloud cloud rain
		sun sun cloud sun rain rain rain cloud sun sun cloud cloud sun sun sun rain cloud sun`)
	c := FromSequence(history)
	fmt.Printf("%-6s", "")
	for _, s := range c.states {
		fmt.Printf("%7s", s)
	}
	fmt.Println()
	for _, a := range c.states {
		fmt.Printf("%-6s", a)
		for _, b := range c.states {
			fmt.Printf("%7.3f", c.P[a][b])
		}
		fmt.Println()
	}
	pi := c.Stationary(100)
	fmt.Println("stationary:")
	for _, s := range c.states {
		fmt.Printf("  %-5s %.4f\n", s, pi[s])
	}
	r := rand.New(rand.NewSource(2024))
	cur := "sun"
	visits := map[string]int{}
	var first []string
	const steps = 20000
	for i := 0; i < steps; i++ {
		cur = c.Next(r, cur)
		visits[cur]++
		if i < 12 {
			first = append(first, cur)
		}
	}
	fmt.Println("sample:", strings.Join(first, " "))
	var maxDiff float64
	for _, s := range c.states {
		maxDiff = math.Max(maxDiff, math.Abs(float64(visits[s])/steps-pi[s]))
	}
	fmt.Printf("max |empirical - stationary| < 0.02: %v\n", maxDiff < 0.02)
	fmt.Println(visits)
}
