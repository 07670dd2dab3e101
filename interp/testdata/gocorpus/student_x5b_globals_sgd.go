// Exercises: notebook-style student code: package-level state mutated by helpers, main that only calls helpers defined above
package main

import "fmt"

var (
	W       = []float64{0.5, -0.5}
	b       = 0.0
	lr      = 0.1
	history []float64
	X       = [][]float64{{1, 2}, {2, 1}, {3, 3}, {0, 1}}
	Y       = []float64{5, 4, 9, 2}
)

func predict(x []float64) float64 { return W[0]*x[0] + W[1]*x[1] + b }

func step() {
	dW := make([]float64, len(W))
	db, loss := 0.0, 0.0
	for i, x := range X {
		r := predict(x) - Y[i]
		loss += r * r / float64(len(X))
		for j := range W {
			dW[j] += 2 * r * x[j] / float64(len(X))
		}
		db += 2 * r / float64(len(X))
	}
	for j := range W {
		W[j] -= lr * dW[j]
	}
	b -= lr * db
	history = append(history, loss)
}

func train(epochs int) {
	for e := 0; e < epochs; e++ {
		step()
		if e%10 == 9 {
			lr *= 0.5
		}
	}
}

func report() {
	fmt.Printf("epochs=%d lr=%g\n", len(history), lr)
	fmt.Printf("first %.4f last %.6f\n", history[0], history[len(history)-1])
	fmt.Printf("W=%.4f b=%.4f\n", W, b)
}

func main() {
	train(30)
	report()
	train(5)
	report()
}
