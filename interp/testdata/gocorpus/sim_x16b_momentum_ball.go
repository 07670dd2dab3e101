package main

import (
	"fmt"
	"math"
	"strings"
)

func loss(x float64) float64 { return 0.1*x*x*x*x - x*x + 0.3*x }
func grad(x float64) float64 { return 0.4*x*x*x - 2*x + 0.3 }

func main() {
	configs := []struct {
		name   string
		lr, mu float64
		nest   bool
	}{
		{"plain", 0.05, 0, false},
		{"heavy-ball", 0.05, 0.9, false},
		{"nesterov", 0.05, 0.9, true},
	}
	for _, c := range configs {
		x, v := 3.0, 0.0
		var trail []string
		for step := range 60 {
			var g float64
			if c.nest {
				g = grad(x + c.mu*v)
			} else {
				g = grad(x)
			}
			v = c.mu*v - c.lr*g
			x += v
			if step%12 == 0 {
				trail = append(trail, fmt.Sprintf("%.2f", x))
			}
		}
		basin := "right"
		if x < 0 {
			basin = "left"
		}
		fmt.Printf("%-10s x=%7.4f loss=%8.4f basin=%-5s trail=%s\n", c.name, x, loss(x), basin, strings.Join(trail, ","))
	}
	lo, hi := -3.5, 3.5
	for i := 0; i <= 14; i++ {
		x := lo + (hi-lo)*float64(i)/14
		n := int(math.Round((loss(x) + 3) * 4))
		fmt.Printf("%5.2f %s\n", x, strings.Repeat(".", max(n, 0)))
	}
}
