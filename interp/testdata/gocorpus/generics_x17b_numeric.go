package main

import (
	"fmt"
	"math"
	"strconv"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Real interface{ Integer | Float }

func Mean[T Real](xs ...T) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	var s float64
	for _, x := range xs {
		s += float64(x)
	}
	return s / float64(len(xs))
}

func GCD[T Integer](a, b T) T {
	for b != 0 {
		a, b = b, a%b
	}
	if a < 0 {
		return -a
	}
	return a
}

type Fraction[T Integer] struct{ Num, Den T }

func NewFrac[T Integer](n, d T) Fraction[T] {
	g := GCD(n, d)
	if d < 0 {
		g = -g
	}
	return Fraction[T]{n / g, d / g}
}

func (f Fraction[T]) Add(o Fraction[T]) Fraction[T] {
	return NewFrac(f.Num*o.Den+o.Num*f.Den, f.Den*o.Den)
}

func (f Fraction[T]) Mul(o Fraction[T]) Fraction[T] {
	return NewFrac(f.Num*o.Num, f.Den*o.Den)
}

func (f Fraction[T]) String() string {
	if f.Den == 1 {
		return strconv.FormatInt(int64(f.Num), 10)
	}
	return fmt.Sprintf("%d/%d", f.Num, f.Den)
}

type Stringish interface {
	~string
	Len() int
}

type Word string

func (w Word) Len() int { return len(w) }

func Longest[S Stringish](ws ...S) S {
	var best S
	for _, w := range ws {
		if w.Len() > best.Len() {
			best = w
		}
	}
	return best
}

func Ptr[T any](v T) *T { return &v }

func Zero[T any]() (z T) { return }

func main() {
	fmt.Println(Mean(1, 2, 3, 4), Mean(1.5, 2.5), Mean[int8](), Mean[int8](100, 100, 100))
	fmt.Println(GCD(48, 18), GCD[int64](-12, 8), GCD(int8(7), 0))
	h := NewFrac(1, 2)
	t := NewFrac(1, 3)
	fmt.Println(h.Add(t), h.Mul(t), h.Add(h), NewFrac(3, -6))
	sum := NewFrac[int64](0, 1)
	for i := int64(1); i <= 5; i++ {
		sum = sum.Add(NewFrac(1, i*(i+1)))
	}
	fmt.Println(sum)
	fmt.Printf("%v %+v %T\n", h, t, sum)
	fmt.Println(Longest[Word]("go", "gopher", "gc"))
	p := Ptr(42)
	*p++
	fmt.Println(*p, *Ptr("s"), Zero[int](), Zero[string]() == "", Zero[*int]() == nil, Zero[[]int]() == nil)
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	fmt.Println(i8, u8, int8(-128)+i8, uint16(70000%65536))
	fmt.Printf("%T %T\n", Fraction[int8]{}, Zero[map[string]Fraction[int]]())
}
