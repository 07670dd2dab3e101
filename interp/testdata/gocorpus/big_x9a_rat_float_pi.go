// Exercises: big.Rat harmonic sums and Egyptian fractions, big.Float Machin pi to 60 digits
package main

import (
	"fmt"
	"math/big"
)

func arctanInv(x int64, prec uint) *big.Float {
	// arctan(1/x) = sum (-1)^k / ((2k+1) x^(2k+1))
	sum := new(big.Float).SetPrec(prec)
	xx := new(big.Float).SetPrec(prec).SetInt64(x * x)
	term := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1).SetPrec(prec), new(big.Float).SetPrec(prec).SetInt64(x))
	eps := new(big.Float).SetPrec(prec).SetMantExp(big.NewFloat(1), -int(prec))
	for k := int64(0); ; k++ {
		t := new(big.Float).SetPrec(prec).Quo(term, new(big.Float).SetPrec(prec).SetInt64(2*k+1))
		if k%2 == 0 {
			sum.Add(sum, t)
		} else {
			sum.Sub(sum, t)
		}
		if t.Cmp(eps) < 0 {
			return sum
		}
		term.Quo(term, xx)
	}
}

func main() {
	h := new(big.Rat)
	for i := int64(1); i <= 20; i++ {
		h.Add(h, big.NewRat(1, i))
	}
	fmt.Println(h, h.FloatString(10))
	r := big.NewRat(5, 121)
	var parts []string
	for r.Sign() > 0 {
		d := new(big.Int).Div(new(big.Int).Add(r.Denom(), new(big.Int).Sub(r.Num(), big.NewInt(1))), r.Num())
		parts = append(parts, "1/"+d.String())
		r.Sub(r, new(big.Rat).SetFrac(big.NewInt(1), d))
	}
	fmt.Println(parts)
	const prec = 256
	pi := new(big.Float).SetPrec(prec).Mul(big.NewFloat(16).SetPrec(prec), arctanInv(5, prec))
	pi.Sub(pi, new(big.Float).SetPrec(prec).Mul(big.NewFloat(4).SetPrec(prec), arctanInv(239, prec)))
	fmt.Println(pi.Text('f', 60))
	fmt.Printf("%.20f %v\n", pi, big.NewRat(3, 4).Cmp(big.NewRat(6, 8)))
}
