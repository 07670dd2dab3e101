// Exercises: notebook style: package-level weights mutated by helper functions, main only calls helpers
package main

import "fmt"

var w, b = 0.0, 0.0
var lr = 0.05
var history []float64

var xs = []float64{0, 1, 2, 3}
var ys = []float64{1, 3, 5, 7}

func step() {
	var dw, db, loss float64
	for i := range xs {
		e := w*xs[i] + b - ys[i]
		loss += e * e
		dw += 2 * e * xs[i]
		db += 2 * e
	}
	n := float64(len(xs))
	w -= lr * dw / n
	b -= lr * db / n
	history = append(history, loss/n)
}

func train(epochs int) {
	for range epochs {
		step()
	}
}

func report() {
	fmt.Printf("w=%.3f b=%.3f first=%.3f last=%.5f n=%d\n", w, b, history[0], history[len(history)-1], len(history))
}

func main() {
	train(300)
	report()
	train(300)
	report()
}
