package main

import (
	"errors"
	"fmt"
	"sort"
)

type Frac struct {
	num, den int64
}

func gcd(a, b int64) int64 {
	if a < 0 {
		a = -a
	}
	if b < 0 {
		b = -b
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

var ErrZeroDen = errors.New("zero denominator")

func NewFrac(n, d int64) (Frac, error) {
	if d == 0 {
		return Frac{}, ErrZeroDen
	}
	if d < 0 {
		n, d = -n, -d
	}
	g := gcd(n, d)
	if g == 0 {
		g = 1
	}
	return Frac{n / g, d / g}, nil
}

func must(f Frac, err error) Frac {
	if err != nil {
		panic(err)
	}
	return f
}

func (a Frac) Add(b Frac) Frac { return must(NewFrac(a.num*b.den+b.num*a.den, a.den*b.den)) }
func (a Frac) Sub(b Frac) Frac { return a.Add(Frac{-b.num, b.den}) }
func (a Frac) Mul(b Frac) Frac { return must(NewFrac(a.num*b.num, a.den*b.den)) }
func (a Frac) Div(b Frac) (Frac, error) {
	return NewFrac(a.num*b.den, a.den*b.num)
}
func (a Frac) Less(b Frac) bool { return a.num*b.den < b.num*a.den }
func (a Frac) Float() float64   { return float64(a.num) / float64(a.den) }
func (a Frac) String() string {
	if a.den == 1 {
		return fmt.Sprint(a.num)
	}
	return fmt.Sprintf("%d/%d", a.num, a.den)
}

func main() {
	h := must(NewFrac(1, 2))
	t := must(NewFrac(1, 3))
	fmt.Println(h, t, h.Add(t), h.Sub(t), h.Mul(t))
	q, err := h.Div(t)
	fmt.Println(q, err)
	_, err = h.Div(Frac{0, 1})
	fmt.Println(err, errors.Is(err, ErrZeroDen))
	fmt.Println(must(NewFrac(6, -8)), must(NewFrac(0, 5)), must(NewFrac(10, 5)))
	sum := Frac{0, 1}
	for i := int64(1); i <= 10; i++ {
		sum = sum.Add(Frac{1, i * (i + 1)})
	}
	fmt.Println("telescoping:", sum, sum.Float())
	harmonic := Frac{0, 1}
	for i := int64(1); i <= 8; i++ {
		harmonic = harmonic.Add(Frac{1, i})
	}
	fmt.Printf("H8 = %v ≈ %.6f\n", harmonic, harmonic.Float())
	fs := []Frac{must(NewFrac(3, 4)), must(NewFrac(-1, 2)), must(NewFrac(5, 6)), must(NewFrac(2, 3)), h}
	sort.Slice(fs, func(i, j int) bool { return fs[i].Less(fs[j]) })
	fmt.Println(fs)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	must(NewFrac(1, 0))
}
