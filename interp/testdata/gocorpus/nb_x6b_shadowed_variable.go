// Exercises: student mistakes with shadowing: := inside if/for blocks, shadowed err, package-level best score
package main

import (
	"fmt"
	"strconv"
)

var bestLoss = 1e9
var bestEpoch = -1

func record(epoch int, loss float64) {
	if loss < bestLoss {
		bestLoss := loss // shadows the package variable: the update is lost
		_ = bestLoss
		bestEpoch = epoch
	}
}

func parseAll(ss []string) (sum int, err error) {
	for _, s := range ss {
		n, err := strconv.Atoi(s) // shadows the named result
		if err != nil {
			continue
		}
		sum += n
	}
	return sum, err
}

func main() {
	for i, l := range []float64{0.9, 0.5, 0.7, 0.3} {
		record(i, l)
	}
	fmt.Println(bestLoss, bestEpoch)
	fmt.Println(parseAll([]string{"1", "x", "3"}))
	total := 0
	for i := 0; i < 3; i++ {
		total := total + i
		fmt.Print(total, " ")
	}
	fmt.Println(total)
	x := 1
	{
		x := 2
		x++
	}
	fmt.Println(x)
}
