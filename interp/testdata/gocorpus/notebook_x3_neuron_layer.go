// Exercises: notebook style: a layer's weights as package-level 2-D slice, forward pass helpers, relu
package main

import "fmt"

var W = [][]float64{{0.2, -0.5, 1.0}, {1.5, 0.3, -0.2}}
var B = []float64{0.1, -0.1}

func relu(x float64) float64 {
	if x < 0 {
		return 0
	}
	return x
}

func forward(x []float64) []float64 {
	out := make([]float64, len(W))
	for i, row := range W {
		s := B[i]
		for j, w := range row {
			s += w * x[j]
		}
		out[i] = relu(s)
	}
	return out
}

func scaleWeights(k float64) {
	for _, row := range W {
		for j := range row {
			row[j] *= k
		}
	}
}

func main() {
	fmt.Printf("%.3f\n", forward([]float64{1, 2, 3}))
	scaleWeights(-1)
	fmt.Printf("%.3f\n", forward([]float64{1, 2, 3}))
	fmt.Println(W)
}
