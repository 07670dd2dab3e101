// Exercises: student mistake: appending to a slice passed by value (the caller's header is unchanged) vs writing through it
package main

import "fmt"

func addBias(features []float64) {
	features = append(features, 1.0) // lost: only the local header grows
}

func scale(features []float64, s float64) {
	for i := range features {
		features[i] *= s // visible: same backing array
	}
}

func addBiasFixed(features []float64) []float64 { return append(features, 1.0) }

func record(log []string, msg string) {
	log = append(log, msg)
	fmt.Println("inside:", log, len(log))
}

func main() {
	x := []float64{2, 4}
	addBias(x)
	scale(x, 0.5)
	fmt.Println(x, len(x))
	x = addBiasFixed(x)
	fmt.Println(x, len(x))

	buf := make([]float64, 2, 10)
	addBias(buf)
	fmt.Println(buf, len(buf), buf[:3])

	var log []string
	record(log, "epoch 1")
	fmt.Println("outside:", log, len(log), log == nil)

	a := []int{1, 2, 3}
	b := a[:2]
	b = append(b, 99)
	fmt.Println(a, b)
}
