// Exercises: deferred calls in a training loop: arguments evaluated at defer time, closures seeing final values, LIFO order
package main

import "fmt"

var logLines []string

func logLoss(epoch int, loss float64) {
	logLines = append(logLines, fmt.Sprintf("epoch %d loss %.2f", epoch, loss))
}

func train() (final float64) {
	loss := 8.0
	defer fmt.Println("deferred with arg:", loss)
	defer func() { fmt.Println("deferred closure:", loss, final) }()
	for epoch := 0; epoch < 3; epoch++ {
		defer logLoss(epoch, loss)
		loss /= 2
	}
	defer func() { final *= 10 }()
	return loss
}

func main() {
	f := train()
	fmt.Println("returned:", f)
	for _, l := range logLines {
		fmt.Println(l)
	}
}
