// Exercises: Chinese remainder theorem by sieving with int64 and by math/big ModInverse, parsing "x" placeholders, modular arithmetic with negative offsets
package main

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

const input = `939
7,13,x,x,59,x,31,19`

func main() {
	ls := strings.Split(input, "\n")
	t0, _ := strconv.Atoi(ls[0])
	type bus struct{ id, off int64 }
	var buses []bus
	for i, f := range strings.Split(ls[1], ",") {
		if f == "x" {
			continue
		}
		id, _ := strconv.ParseInt(f, 10, 64)
		buses = append(buses, bus{id, int64(i)})
	}
	bestWait, bestID := int64(1<<62), int64(0)
	for _, b := range buses {
		w := (b.id - int64(t0)%b.id) % b.id
		if w < bestWait {
			bestWait, bestID = w, b.id
		}
	}
	fmt.Println(bestWait * bestID)
	t, step := int64(0), int64(1)
	for _, b := range buses {
		for (t+b.off)%b.id != 0 {
			t += step
		}
		step *= b.id
	}
	fmt.Println("sieve:", t)
	N := big.NewInt(1)
	for _, b := range buses {
		N.Mul(N, big.NewInt(b.id))
	}
	x := new(big.Int)
	for _, b := range buses {
		n := big.NewInt(b.id)
		a := big.NewInt(((-b.off)%b.id + b.id) % b.id)
		m := new(big.Int).Div(N, n)
		inv := new(big.Int).ModInverse(m, n)
		term := new(big.Int).Mul(a, m)
		term.Mul(term, inv)
		x.Add(x, term)
	}
	x.Mod(x, N)
	fmt.Println("crt:", x, x.Int64() == t)
}
