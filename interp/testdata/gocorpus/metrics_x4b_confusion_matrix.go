// Exercises: argmax, confusion matrix [][]int, accuracy and per-class precision/recall, integer to float conversions
package main

import "fmt"

func argmax(xs []float64) int {
	best := 0
	for i, x := range xs {
		if x > xs[best] {
			best = i
		}
	}
	return best
}

func main() {
	scores := [][]float64{
		{0.1, 0.7, 0.2}, {0.8, 0.1, 0.1}, {0.3, 0.3, 0.4}, {0.2, 0.2, 0.6},
		{0.5, 0.5, 0.0}, {0.1, 0.1, 0.8}, {0.6, 0.3, 0.1}, {0.0, 0.9, 0.1},
	}
	labels := []int{1, 0, 2, 1, 1, 2, 0, 1}
	const K = 3
	cm := make([][]int, K)
	for i := range cm {
		cm[i] = make([]int, K)
	}
	correct := 0
	for i, s := range scores {
		p := argmax(s)
		cm[labels[i]][p]++
		if p == labels[i] {
			correct++
		}
	}
	fmt.Println("confusion (rows = true):")
	for _, row := range cm {
		fmt.Println(row)
	}
	fmt.Printf("accuracy %.3f\n", float64(correct)/float64(len(labels)))
	for k := 0; k < K; k++ {
		tp, colSum, rowSum := cm[k][k], 0, 0
		for j := 0; j < K; j++ {
			colSum += cm[j][k]
			rowSum += cm[k][j]
		}
		prec, rec := 0.0, 0.0
		if colSum > 0 {
			prec = float64(tp) / float64(colSum)
		}
		if rowSum > 0 {
			rec = float64(tp) / float64(rowSum)
		}
		fmt.Printf("class %d precision %.2f recall %.2f\n", k, prec, rec)
	}
}
