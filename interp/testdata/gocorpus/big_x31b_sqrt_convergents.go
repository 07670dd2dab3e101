package main

import (
	"fmt"
	"math/big"
)

// Problems 57 and 65: continued fraction convergents with math/big.

type Convergent struct {
	P, Q *big.Int
}

func (c Convergent) String() string { return c.P.String() + "/" + c.Q.String() }

// convergents yields successive convergents of [a0; a1, a2, ...].
func convergents(terms func(i int) int64, n int, yield func(i int, c Convergent)) {
	p0, p1 := big.NewInt(1), big.NewInt(terms(0))
	q0, q1 := big.NewInt(0), big.NewInt(1)
	yield(0, Convergent{new(big.Int).Set(p1), new(big.Int).Set(q1)})
	for i := 1; i < n; i++ {
		a := big.NewInt(terms(i))
		p2 := new(big.Int).Add(new(big.Int).Mul(a, p1), p0)
		q2 := new(big.Int).Add(new(big.Int).Mul(a, q1), q0)
		p0, p1 = p1, p2
		q0, q1 = q1, q2
		yield(i, Convergent{p1, q1})
	}
}

func sqrt2Term(i int) int64 {
	if i == 0 {
		return 1
	}
	return 2
}

func eTerm(i int) int64 {
	switch {
	case i == 0:
		return 2
	case i%3 == 2:
		return int64(2 * (i + 1) / 3)
	default:
		return 1
	}
}

func digitSum(x *big.Int) int {
	s := 0
	for _, c := range x.String() {
		s += int(c - '0')
	}
	return s
}

func main() {
	heavy := 0
	convergents(sqrt2Term, 1001, func(i int, c Convergent) {
		if i > 0 && i <= 8 {
			fmt.Printf("sqrt2 #%d %v\n", i, c)
		}
		if i > 0 && len(c.P.String()) > len(c.Q.String()) {
			heavy++
		}
	})
	fmt.Println("P57 numerator longer:", heavy)

	var last Convergent
	convergents(eTerm, 100, func(i int, c Convergent) {
		if i < 10 {
			fmt.Print(c, " ")
		}
		last = c
	})
	fmt.Println()
	fmt.Println("P65 digit sum:", digitSum(last.P))
	r := new(big.Rat).SetFrac(last.P, last.Q)
	fmt.Println("e ~", r.FloatString(30))
}
