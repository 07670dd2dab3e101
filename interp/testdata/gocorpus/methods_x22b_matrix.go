package main

import (
	"fmt"
	"strings"
)

const mod = 1_000_000_007

type Matrix [][]int64

func Identity(n int) Matrix {
	m := Zero(n, n)
	for i := range n {
		m[i][i] = 1
	}
	return m
}

func Zero(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]int64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := Zero(len(a), len(b[0]))
	for i := range a {
		for k := range b {
			if a[i][k] == 0 {
				continue
			}
			for j := range b[0] {
				out[i][j] = (out[i][j] + a[i][k]*b[k][j]) % mod
			}
		}
	}
	return out
}

func (a Matrix) Pow(n uint64) Matrix {
	res := Identity(len(a))
	for base := a; n > 0; n >>= 1 {
		if n&1 == 1 {
			res = res.Mul(base)
		}
		base = base.Mul(base)
	}
	return res
}

func (a Matrix) Transpose() Matrix {
	t := Zero(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func (a Matrix) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			for _, row := range a {
				fmt.Fprintln(f, row)
			}
			return
		}
		rows := make([]string, len(a))
		for i, r := range a {
			rows[i] = fmt.Sprint(r)
		}
		fmt.Fprint(f, strings.Join(rows, "/"))
	case 'd':
		w, ok := f.Width()
		if !ok {
			w = 1
		}
		for _, row := range a {
			for _, v := range row {
				fmt.Fprintf(f, "%*d", w, v)
			}
			fmt.Fprint(f, "\n")
		}
	default:
		fmt.Fprintf(f, "%%!%c(Matrix)", verb)
	}
}

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec    { return Vec{v.X + o.X, v.Y + o.Y} }
func (v *Vec) Scale(k float64) { v.X *= k; v.Y *= k }
func (v Vec) String() string   { return fmt.Sprintf("(%.1f,%.1f)", v.X, v.Y) }

func main() {
	fibm := Matrix{{1, 1}, {1, 0}}
	for _, n := range []uint64{10, 50, 90, 1000, 1 << 40} {
		fmt.Println(n, fibm.Pow(n)[0][1])
	}
	m := Matrix{{1, 2, 3}, {4, 5, 6}}
	fmt.Printf("%v\n", m)
	fmt.Printf("%+v", m.Transpose())
	fmt.Printf("%4d", m.Mul(m.Transpose()))
	fmt.Printf("%x\n", m)
	v := Vec{1, 2}
	v.Scale(3)
	add := v.Add
	scale := (*Vec).Scale
	scale(&v, 0.5)
	fmt.Println(v, add(Vec{10, 10}), []Vec{{1, 1}, v}, &v)
	vs := map[string]*Vec{"a": {1, 0}}
	vs["a"].Scale(4)
	fmt.Println(vs)
}
