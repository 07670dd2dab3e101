// Exercises: student helper appends to a slice parameter without returning it; package-level slice grown by a helper
package main

import "fmt"

var trainLosses []float64

func logLoss(l float64) {
	trainLosses = append(trainLosses, l)
}

func addSample(xs []float64, x float64) {
	xs = append(xs, x) // lost: the caller's slice header is unchanged
	_ = xs
}

func addSampleFixed(xs []float64, x float64) []float64 {
	return append(xs, x)
}

func scaleAll(xs []float64, k float64) {
	for i := range xs {
		xs[i] *= k // visible: same backing array
	}
}

func main() {
	for _, l := range []float64{0.9, 0.6, 0.4} {
		logLoss(l)
	}
	fmt.Println(trainLosses, len(trainLosses))
	data := []float64{1, 2}
	addSample(data, 3)
	fmt.Println(data)
	data = addSampleFixed(data, 3)
	fmt.Println(data)
	scaleAll(data, 10)
	fmt.Println(data)
	withRoom := make([]float64, 2, 4)
	addSample(withRoom, 7)
	fmt.Println(withRoom, withRoom[:3])
}
