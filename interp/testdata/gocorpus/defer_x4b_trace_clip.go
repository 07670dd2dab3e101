// Exercises: defer argument evaluation time, deferred closures modifying named results, LIFO order, defer in a loop
package main

import (
	"fmt"
	"math"
)

var depth int

func trace(name string) func() {
	fmt.Printf("%*senter %s\n", depth*2, "", name)
	depth++
	return func() {
		depth--
		fmt.Printf("%*sexit %s\n", depth*2, "", name)
	}
}

func clippedLoss(pred, target float64) (loss float64) {
	defer trace("loss")()
	defer func() {
		if loss > 4 {
			loss = 4
		}
	}()
	loss = (pred - target) * (pred - target)
	return loss
}

func forward(x float64) float64 {
	defer trace("forward")()
	step := 1
	defer fmt.Println("deferred step =", step)
	step = 2
	return math.Tanh(x) * float64(step)
}

func main() {
	y := forward(0.5)
	fmt.Printf("y=%.4f\n", y)
	fmt.Println(clippedLoss(y, 0), clippedLoss(5, 0))
	for i := 0; i < 3; i++ {
		defer fmt.Println("cleanup", i)
	}
	func() {
		for _, n := range []string{"a", "b"} {
			defer func() { fmt.Print(n, " ") }()
		}
	}()
	fmt.Println()
}
