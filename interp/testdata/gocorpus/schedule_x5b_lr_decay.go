// Exercises: learning-rate decay schedules as func types, type LR float64 with String, map of schedules iterated in sorted order
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type LR float64

func (l LR) String() string { return fmt.Sprintf("lr(%.2e)", float64(l)) }

type Schedule func(epoch int) LR

func Step(base LR, every int, gamma float64) Schedule {
	return func(e int) LR { return base * LR(math.Pow(gamma, float64(e/every))) }
}

func Exp(base LR, k float64) Schedule {
	return func(e int) LR { return LR(float64(base) * math.Exp(-k*float64(e))) }
}

func InvTime(base LR, k float64) Schedule {
	return func(e int) LR { return base / LR(1+k*float64(e)) }
}

func main() {
	schedules := map[string]Schedule{
		"step":    Step(1e-1, 3, 0.5),
		"exp":     Exp(1e-1, 0.2),
		"invtime": InvTime(1e-1, 0.5),
	}
	names := make([]string, 0)
	for n := range schedules {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		var parts []string
		for e := 0; e < 8; e += 2 {
			parts = append(parts, schedules[n](e).String())
		}
		fmt.Printf("%-8s %s\n", n, strings.Join(parts, " "))
	}
	lr := schedules["step"](7)
	var s fmt.Stringer = lr
	fmt.Println(lr, s, []LR{lr, lr / 2})
	fmt.Printf("%v %.3f %T %g\n", lr, lr, lr, float64(lr))
	total := LR(0)
	for e := 0; e < 10; e++ {
		total += schedules["invtime"](e)
	}
	fmt.Println("sum over 10 epochs:", total)
}
