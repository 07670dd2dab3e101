package main

import (
	"fmt"
	"math/big"
)

// Problems 16, 20, 56: digit sums of big powers and factorials.

func digitSum(n *big.Int) int {
	s := 0
	for _, ch := range n.String() {
		s += int(ch - '0')
	}
	return s
}

func factorial(n int64) *big.Int {
	return new(big.Int).MulRange(1, n)
}

type bestPower struct {
	a, b, sum int
}

func (bp bestPower) String() string {
	return fmt.Sprintf("%d^%d -> %d", bp.a, bp.b, bp.sum)
}

func main() {
	two := big.NewInt(2)
	for _, e := range []int64{15, 100, 1000} {
		p := new(big.Int).Exp(two, big.NewInt(e), nil)
		fmt.Printf("2^%d digit sum = %d\n", e, digitSum(p))
	}
	for _, n := range []int64{10, 50, 100} {
		fmt.Printf("%d! digit sum = %d\n", n, digitSum(factorial(n)))
	}

	var best bestPower
	p := new(big.Int)
	for a := 1; a < 100; a++ {
		ba := big.NewInt(int64(a))
		p.SetInt64(1)
		for b := 1; b < 100; b++ {
			p.Mul(p, ba)
			if s := digitSum(p); s > best.sum {
				best = bestPower{a, b, s}
			}
		}
	}
	fmt.Println("max digital sum:", best)
	fmt.Printf("%v | %s\n", best, &best)
}
