// Exercises: init() setting package-level variables, a global step counter incremented by helpers and by closures
package main

import "fmt"

var (
	steps   int
	lrTable map[int]float64
	logf    func(string, ...any)
)

func init() {
	lrTable = map[int]float64{0: 0.1, 5: 0.05, 8: 0.01}
	logf = func(format string, args ...any) {
		steps++
		fmt.Printf("[%02d] "+format+"\n", append([]any{steps}, args...)...)
	}
}

func lrAt(epoch int) float64 {
	lr := 0.0
	for e := 0; e <= epoch; e++ {
		if v, ok := lrTable[e]; ok {
			lr = v
		}
	}
	return lr
}

func epoch(e int) {
	logf("epoch %d lr %g", e, lrAt(e))
}

func main() {
	for e := 0; e < 10; e += 3 {
		epoch(e)
	}
	bump := func() { steps += 10 }
	bump()
	logf("done after %d calls", steps)
	fmt.Println(len(lrTable), steps)
}
