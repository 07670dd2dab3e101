package main

import (
	"fmt"
	"math/big"
)

// Problem 33: digit cancelling fractions, using big.Rat for exact arithmetic.

type Fraction struct {
	Num, Den int
}

func (f Fraction) Rat() *big.Rat { return big.NewRat(int64(f.Num), int64(f.Den)) }

func (f Fraction) String() string { return fmt.Sprintf("%d/%d", f.Num, f.Den) }

func curious() []Fraction {
	var out []Fraction
	for n := 10; n < 100; n++ {
		for d := n + 1; d < 100; d++ {
			n1, n2 := n/10, n%10
			d1, d2 := d/10, d%10
			if n2 == 0 && d2 == 0 {
				continue
			}
			if n2 == d1 && d2 != 0 {
				if big.NewRat(int64(n1), int64(d2)).Cmp(big.NewRat(int64(n), int64(d))) == 0 {
					out = append(out, Fraction{n, d})
				}
			}
		}
	}
	return out
}

func main() {
	fs := curious()
	prod := big.NewRat(1, 1)
	for _, f := range fs {
		fmt.Printf("%v = %v\n", f, f.Rat())
		prod.Mul(prod, f.Rat())
	}
	fmt.Println("product:", prod, "denominator:", prod.Denom())
	fmt.Println("float:", prod.FloatString(5))

	h := new(big.Rat)
	for i := int64(1); i <= 10; i++ {
		h.Add(h, big.NewRat(1, i))
	}
	fmt.Println("H(10) =", h.RatString())
	f, exact := h.Float64()
	fmt.Printf("%.6f %v\n", f, exact)
}
