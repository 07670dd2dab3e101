package main

import (
	"fmt"
	"strings"
)

type Num interface {
	~int | ~int64 | ~float64
}

type Mat[T Num] struct {
	R, C int
	D    []T
}

func NewMat[T Num](r, c int) Mat[T] { return Mat[T]{r, c, make([]T, r*c)} }

func Identity[T Num](n int) Mat[T] {
	m := NewMat[T](n, n)
	for i := range n {
		m.Set(i, i, 1)
	}
	return m
}

func (m Mat[T]) At(i, j int) T     { return m.D[i*m.C+j] }
func (m Mat[T]) Set(i, j int, v T) { m.D[i*m.C+j] = v }

func (m Mat[T]) Mul(o Mat[T]) Mat[T] {
	if m.C != o.R {
		panic(fmt.Sprintf("shape mismatch %dx%d * %dx%d", m.R, m.C, o.R, o.C))
	}
	out := NewMat[T](m.R, o.C)
	for i := range m.R {
		for j := range o.C {
			var s T
			for k := range m.C {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out
}

func (m Mat[T]) Pow(e int) Mat[T] {
	res := Identity[T](m.R)
	base := m
	for ; e > 0; e >>= 1 {
		if e&1 == 1 {
			res = res.Mul(base)
		}
		base = base.Mul(base)
	}
	return res
}

func (m Mat[T]) String() string {
	var sb strings.Builder
	for i := range m.R {
		sb.WriteString("[")
		for j := range m.C {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprint(&sb, m.At(i, j))
		}
		sb.WriteString("]\n")
	}
	return sb.String()
}

func Transform[T, U Num](m Mat[T], f func(T) U) Mat[U] {
	out := NewMat[U](m.R, m.C)
	for i, v := range m.D {
		out.D[i] = f(v)
	}
	return out
}

type Score int64

func main() {
	fib := Mat[int64]{2, 2, []int64{1, 1, 1, 0}}
	for _, n := range []int{1, 10, 50, 90} {
		fmt.Printf("fib(%d) = %d\n", n, fib.Pow(n).At(0, 1))
	}
	// lanternfish as a matrix
	lf := NewMat[Score](9, 9)
	for i := 0; i < 8; i++ {
		lf.Set(i, i+1, 1)
	}
	lf.Set(6, 0, 1)
	lf.Set(8, 0, 1)
	counts := NewMat[Score](9, 1)
	for _, f := range []int{3, 4, 3, 1, 2} {
		counts.Set(f, 0, counts.At(f, 0)+1)
	}
	for _, days := range []int{18, 80, 256} {
		v := lf.Pow(days).Mul(counts)
		var total Score
		for _, x := range v.D {
			total += x
		}
		fmt.Println(days, total)
	}
	half := Transform(Identity[int](3), func(x int) float64 { return float64(x) / 2 })
	fmt.Print(half)
	fmt.Printf("%T %v\n", half.D[0], half.Mul(half).D[:3])
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	NewMat[int](2, 3).Mul(NewMat[int](2, 3))
}
