// Exercises: student mistakes with integer division (mean, accuracy percent, learning-rate decay) that still compile
package main

import "fmt"

var scores = []int{7, 8, 10, 6}

func mean(xs []int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total / len(xs) // truncates: the student wanted 7.75
}

func accuracy(correct, total int) float64 {
	return float64(correct / total * 100) // integer division happens first
}

func accuracyFixed(correct, total int) float64 {
	return float64(correct) / float64(total) * 100
}

func main() {
	fmt.Println("mean:", mean(scores))
	fmt.Println("accuracy:", accuracy(45, 50), accuracyFixed(45, 50))
	lr := 0.1
	for epoch := 0; epoch < 5; epoch++ {
		decay := 1 / (1 + epoch) // int: 1 then 0
		fmt.Printf("epoch %d lr %.3f\n", epoch, lr*float64(decay))
	}
	half := 3 / 2
	f := 3 / 2.0
	fmt.Println(half, f, -7/2, -7%3, 7.0/2)
}
