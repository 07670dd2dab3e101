package main

import (
	"fmt"
	"math/big"
)

// compoundExact computes principal*(1+r/n)^(n*years) exactly with big.Rat.
func compoundExact(principal *big.Rat, rate *big.Rat, n, years int64) *big.Rat {
	step := new(big.Rat).Quo(rate, big.NewRat(n, 1))
	step.Add(step, big.NewRat(1, 1))
	out := new(big.Rat).Set(principal)
	for i := int64(0); i < n*years; i++ {
		out.Mul(out, step)
	}
	return out
}

// roundCents rounds a Rat to whole cents, half away from zero.
func roundCents(r *big.Rat) *big.Int {
	c := new(big.Rat).Mul(r, big.NewRat(100, 1))
	num, den := c.Num(), c.Denom()
	q, m := new(big.Int).QuoRem(num, den, new(big.Int))
	m.Abs(m).Mul(m, big.NewInt(2))
	if m.Cmp(den) >= 0 {
		if num.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return q
}

func fmtCents(c *big.Int) string {
	q, r := new(big.Int).QuoRem(c, big.NewInt(100), new(big.Int))
	return fmt.Sprintf("%s.%02d", q, r.Int64())
}

func main() {
	p, _ := new(big.Rat).SetString("1000000.00")
	rate, _ := new(big.Rat).SetString("0.0425")
	for _, yrs := range []int64{1, 5, 10} {
		exact := compoundExact(p, rate, 12, yrs)
		f, _ := exact.Float64()
		fmt.Printf("%2d years: %s  (float %.6f, denom digits %d)\n", yrs, fmtCents(roundCents(exact)), f, len(exact.Denom().String()))
	}
	// national debt style big integers
	debt, _ := new(big.Int).SetString("34567890123456789", 10)
	pop := big.NewInt(335000000)
	per := new(big.Int).Div(debt, pop)
	fmt.Println("per capita cents:", per, "formatted:", fmtCents(per))
	fact := big.NewInt(1)
	for i := int64(1); i <= 25; i++ {
		fact.Mul(fact, big.NewInt(i))
	}
	fmt.Printf("25! = %v (%d bits)\n", fact, fact.BitLen())
	bf := new(big.Float).SetPrec(100).SetInt64(1)
	bf.Quo(bf, big.NewFloat(3))
	fmt.Println(bf.Text('f', 30))
	x := new(big.Float).SetPrec(200)
	x.SetString("1.0425")
	y := new(big.Float).SetPrec(200).Mul(x, x)
	fmt.Println(y.Text('g', 25), y.Cmp(x) > 0)
	a, b := big.NewRat(1, 10), big.NewRat(2, 10)
	fmt.Println(new(big.Rat).Add(a, b), 0.1+0.2 == 0.3)
}
