// Exercises: package-level variables mutated by helper functions, a global step counter, a global slice re-sliced and appended
package main

import "fmt"

var (
	weights = []float64{0.1, -0.2, 0.3}
	lr      = 0.5
	step    int
	history []float64
)

var total = sumWeights() // initialized from a function before main runs

func sumWeights() float64 {
	s := 0.0
	for _, w := range weights {
		s += w
	}
	return s
}

func update(grad []float64) {
	step++
	for i := range weights {
		weights[i] -= lr * grad[i]
	}
	history = append(history, sumWeights())
}

func decay() { lr *= 0.5 }

func reset() {
	weights = []float64{0, 0, 0}
	history = history[:0]
}

func main() {
	fmt.Println("total at init:", total)
	update([]float64{0.2, 0.2, 0.2})
	decay()
	update([]float64{-1, 0, 1})
	fmt.Printf("step=%d lr=%.3f w=%.3f hist=%.3f\n", step, lr, weights, history)
	old := history
	reset()
	update([]float64{1, 1, 1})
	fmt.Println(step, weights, history, old)
}
