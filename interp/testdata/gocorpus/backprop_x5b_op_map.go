// Exercises: gates as a named func type in a map[string]Op, sorted key iteration, local derivatives
package main

import (
	"fmt"
	"math"
	"sort"
)

type Op func(a, b float64) float64

type Gate struct {
	F      Op
	DA, DB Op
}

var gates = map[string]Gate{
	"add": {func(a, b float64) float64 { return a + b },
		func(a, b float64) float64 { return 1 }, func(a, b float64) float64 { return 1 }},
	"mul": {func(a, b float64) float64 { return a * b },
		func(a, b float64) float64 { return b }, func(a, b float64) float64 { return a }},
	"max": {math.Max,
		func(a, b float64) float64 { return b2f(a >= b) }, func(a, b float64) float64 { return b2f(b > a) }},
	"pow": {math.Pow,
		func(a, b float64) float64 { return b * math.Pow(a, b-1) },
		func(a, b float64) float64 { return math.Pow(a, b) * math.Log(a) }},
}

func b2f(c bool) float64 {
	if c {
		return 1
	}
	return 0
}

func main() {
	names := make([]string, 0, len(gates))
	for k := range gates {
		names = append(names, k)
	}
	sort.Strings(names)
	a, b, up := 3.0, 2.0, 2.0
	for _, n := range names {
		g := gates[n]
		fmt.Printf("%-4s f=%-6g da=%-8.4f db=%.4f\n", n, g.F(a, b), up*g.DA(a, b), up*g.DB(a, b))
	}
	var sub Op = func(a, b float64) float64 { return gates["add"].F(a, -b) }
	fmt.Printf("%T %v\n", sub, sub(a, b))
	chain := []Op{gates["mul"].F, gates["add"].F, gates["max"].F}
	v := 1.5
	for i, op := range chain {
		v = op(v, float64(i))
	}
	fmt.Println("chain:", v)
}
