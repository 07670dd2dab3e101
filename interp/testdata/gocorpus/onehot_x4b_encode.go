// Exercises: one-hot encoding into [][]float64, argmax with ties, decoding, a fixed-size array of class names indexed by label
package main

import "fmt"

var classes = [...]string{"plane", "car", "bird", "cat"}

func oneHot(labels []int, k int) [][]float64 {
	out := make([][]float64, len(labels))
	for i, y := range labels {
		out[i] = make([]float64, k)
		out[i][y] = 1
	}
	return out
}

func argmax(v []float64) (best int) {
	for i := range v {
		if v[i] > v[best] {
			best = i
		}
	}
	return
}

func main() {
	labels := []int{2, 0, 3, 3, 1}
	Y := oneHot(labels, len(classes))
	for i, row := range Y {
		fmt.Println(row, classes[argmax(row)], argmax(row) == labels[i])
	}
	fmt.Println(argmax([]float64{0.3, 0.3, 0.1}), argmax([]float64{-1, -2}), len(classes))
	counts := [len(classes)]int{}
	for _, y := range labels {
		counts[y]++
	}
	fmt.Println(counts, cap(counts))
	smoothed := oneHot([]int{1}, 4)[0]
	for i := range smoothed {
		smoothed[i] = smoothed[i]*0.9 + 0.1/4
	}
	fmt.Printf("%.3f\n", smoothed)
}
