package main

import (
	"fmt"
	"math"
	"strings"
)

type Compounding int

const (
	Annually  Compounding = 1
	Quarterly Compounding = 4
	Monthly   Compounding = 12
	Daily     Compounding = 365
)

func (c Compounding) String() string {
	switch c {
	case Annually:
		return "annual"
	case Quarterly:
		return "quarterly"
	case Monthly:
		return "monthly"
	case Daily:
		return "daily"
	}
	return fmt.Sprintf("Compounding(%d)", int(c))
}

func futureValue(p float64, rate float64, n Compounding, years int) float64 {
	return p * math.Pow(1+rate/float64(n), float64(int(n)*years))
}

func continuous(p, rate float64, years int) float64 {
	return p * math.Exp(rate*float64(years))
}

func effectiveRate(rate float64, n Compounding) float64 {
	return math.Pow(1+rate/float64(n), float64(n)) - 1
}

func main() {
	principal := 10000.0
	rate := 0.05
	modes := []Compounding{Annually, Quarterly, Monthly, Daily}
	fmt.Printf("%-10s", "Years")
	for _, m := range modes {
		fmt.Printf("%14s", m)
	}
	fmt.Printf("%14s\n", "continuous")
	fmt.Println(strings.Repeat("-", 10+14*5))
	for _, y := range []int{1, 5, 10, 20, 30} {
		fmt.Printf("%-10d", y)
		for _, m := range modes {
			fmt.Printf("%14.2f", futureValue(principal, rate, m, y))
		}
		fmt.Printf("%14.2f\n", continuous(principal, rate, y))
	}
	fmt.Println()
	for _, m := range modes {
		fmt.Printf("%-10v APY %.4f%%\n", m, effectiveRate(rate, m)*100)
	}
	fmt.Println(Compounding(2))
	// rule of 72 vs exact doubling time
	for _, r := range []float64{0.02, 0.04, 0.06, 0.08, 0.12} {
		exact := math.Log(2) / math.Log(1+r)
		fmt.Printf("rate %4.1f%%: rule72=%5.2f exact=%5.2f\n", r*100, 72/(r*100), exact)
	}
}
