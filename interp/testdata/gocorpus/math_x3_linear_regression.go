// Exercises: least-squares linear regression by gradient descent on a tiny data set, MSE
package main

import "fmt"

func main() {
	xs := []float64{1, 2, 3, 4, 5}
	ys := []float64{3, 5, 7, 9, 11}
	w, b := 0.0, 0.0
	lr := 0.02
	n := float64(len(xs))
	for epoch := 1; epoch <= 2000; epoch++ {
		var dw, db, mse float64
		for i := range xs {
			e := w*xs[i] + b - ys[i]
			mse += e * e / n
			dw += 2 * e * xs[i] / n
			db += 2 * e / n
		}
		w -= lr * dw
		b -= lr * db
		if epoch%500 == 0 {
			fmt.Printf("epoch %4d mse=%.6f w=%.4f b=%.4f\n", epoch, mse, w, b)
		}
	}
}
