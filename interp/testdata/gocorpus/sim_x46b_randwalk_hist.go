package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

func walk(r *rand.Rand, steps int) int {
	pos := 0
	for i := 0; i < steps; i++ {
		if r.IntN(2) == 0 {
			pos--
		} else {
			pos++
		}
	}
	return pos
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	const walkers, steps = 2000, 100
	hist := map[int]int{}
	sum, sum2 := 0.0, 0.0
	for w := 0; w < walkers; w++ {
		x := walk(r, steps)
		hist[x]++
		sum += float64(x)
		sum2 += float64(x * x)
	}
	mean := sum / walkers
	rms := math.Sqrt(sum2 / walkers)
	fmt.Printf("walkers=%d steps=%d mean=%.3f rms=%.3f sqrt(N)=%.3f\n", walkers, steps, mean, rms, math.Sqrt(steps))

	maxc := 0
	for _, c := range hist {
		maxc = max(maxc, c)
	}
	for x := -30; x <= 30; x += 2 {
		c := hist[x]
		bar := strings.Repeat("#", c*50/maxc)
		fmt.Printf("%4d |%-50s| %d\n", x, bar, c)
	}
}
