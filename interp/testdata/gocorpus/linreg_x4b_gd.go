// Exercises: linear regression with batch gradient descent on a tiny dataset, named results, multiple assignment, %.4f losses
package main

import "fmt"

var xs = []float64{0, 1, 2, 3, 4, 5}
var ys = []float64{1.1, 2.9, 5.2, 7.1, 8.8, 11.2}

func lossAndGrad(w, b float64) (loss, dw, db float64) {
	n := float64(len(xs))
	for i, x := range xs {
		e := w*x + b - ys[i]
		loss += e * e / n
		dw += 2 * e * x / n
		db += 2 * e / n
	}
	return
}

func main() {
	w, b := 0.0, 0.0
	lr := 0.05
	var history []float64
	for step := 1; step <= 200; step++ {
		loss, dw, db := lossAndGrad(w, b)
		w, b = w-lr*dw, b-lr*db
		history = append(history, loss)
		if step == 1 || step%50 == 0 {
			fmt.Printf("step %3d loss %.4f w %.4f b %.4f\n", step, loss, w, b)
		}
	}
	best := history[0]
	for _, l := range history {
		best = min(best, l)
	}
	fmt.Printf("best %.6f last %.6f n=%d\n", best, history[len(history)-1], len(history))
	fmt.Printf("pred(6)=%.3f\n", w*6+b)
}
