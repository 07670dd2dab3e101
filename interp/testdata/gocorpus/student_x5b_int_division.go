// Exercises: a deliberate mistake: integer division in accuracy and averages, conversions applied too late, untyped constant division
package main

import "fmt"

var correct, total = 37, 50

func accuracyWrong() float64 { return float64(correct / total) }

func accuracyRight() float64 { return float64(correct) / float64(total) }

func percent() int { return correct * 100 / total }

func percentWrong() int { return correct / total * 100 }

func meanBatch(sizes []int) int {
	s := 0
	for _, v := range sizes {
		s += v
	}
	return s / len(sizes)
}

func main() {
	fmt.Println("wrong:", accuracyWrong(), "right:", accuracyRight())
	fmt.Println("percent:", percent(), percentWrong())
	fmt.Println("mean batch:", meanBatch([]int{32, 32, 33}))
	const half = 1 / 2
	var lr = 1 / 2.0
	epochs := 7
	fmt.Println(half, lr, epochs/2, float64(epochs)/2, -7/2, -7%3, 7>>1)
	steps := 1000
	decayEvery := steps / 3
	fmt.Printf("%d %T %v\n", decayEvery, decayEvery, 1e3/3)
}
