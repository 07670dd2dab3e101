// Exercises: student off-by-one that panics: printing runs first, then index out of range with Go's message
package main

import "fmt"

var preds = []int{1, 0, 1, 1, 0}
var labels = []int{1, 0, 0, 1, 0}

func accuracy(p, y []int) float64 {
	correct := 0
	for i := 0; i < len(p); i++ {
		if p[i] == y[i] {
			correct++
		}
	}
	return float64(correct) / float64(len(p))
}

func lastErrors(p, y []int) []int {
	var idx []int
	for i := len(p); i >= 0; i-- { // should start at len(p)-1
		if p[i] != y[i] {
			idx = append(idx, i)
		}
	}
	return idx
}

func main() {
	fmt.Printf("accuracy %.2f\n", accuracy(preds, labels))
	fmt.Println("errors:")
	fmt.Println(lastErrors(preds, labels))
}
