// Exercises: a deliberate mistake: := inside an if shadows the outer variable, so the update is lost (compiles, wrong by intent)
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var bestLoss = 10.0

func evaluate(epoch int) float64 { return 5.0 / float64(epoch+1) }

func parseLR(s string) (float64, error) {
	lr := 0.01
	var err error
	if s != "" {
		lr, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, err
		}
		_ = lr // the student thought this set the outer lr
	}
	return lr, err
}

func track() {
	for epoch := 0; epoch < 4; epoch++ {
		if loss := evaluate(epoch); loss < bestLoss {
			bestLoss := loss
			fmt.Printf("epoch %d new best %.3f\n", epoch, bestLoss)
		}
	}
	fmt.Println("bestLoss after training:", bestLoss)
}

func main() {
	track()
	lr, err := parseLR("0.5")
	fmt.Println("lr:", lr, err)
	_, err = parseLR("abc")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err)
}
