package main

import (
	"fmt"
	"strings"
)

const mod = 1_000_000_007

type Matrix [][]int64

func Identity(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]int64, n)
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	n, p, q := len(a), len(b), len(b[0])
	c := make(Matrix, n)
	for i := range c {
		c[i] = make([]int64, q)
		for k := 0; k < p; k++ {
			if a[i][k] == 0 {
				continue
			}
			for j := 0; j < q; j++ {
				c[i][j] = (c[i][j] + a[i][k]*b[k][j]) % mod
			}
		}
	}
	return c
}

func (a Matrix) Pow(e uint64) Matrix {
	res := Identity(len(a))
	for base := a; e > 0; e >>= 1 {
		if e&1 == 1 {
			res = res.Mul(base)
		}
		base = base.Mul(base)
	}
	return res
}

func (a Matrix) String() string {
	rows := make([]string, len(a))
	for i, r := range a {
		rows[i] = fmt.Sprint(r)
	}
	return strings.Join(rows, "\n")
}

func fib(n uint64) int64 {
	if n == 0 {
		return 0
	}
	return Matrix{{1, 1}, {1, 0}}.Pow(n - 1)[0][0]
}

func powmod(b, e, m int64) int64 {
	r := int64(1)
	b %= m
	for ; e > 0; e >>= 1 {
		if e&1 == 1 {
			r = r * b % m
		}
		b = b * b % m
	}
	return r
}

func main() {
	for _, n := range []uint64{1, 2, 10, 50, 90, 1000, 1e18} {
		fmt.Printf("fib(%d) mod p = %d\n", n, fib(n))
	}
	// count paths of length 4 in a small graph
	adj := Matrix{{0, 1, 1, 0}, {1, 0, 1, 1}, {1, 1, 0, 1}, {0, 1, 1, 0}}
	fmt.Println(adj.Pow(4))
	inv := powmod(3, mod-2, mod)
	fmt.Println("inv3:", inv, "check:", inv*3%mod)
	var s fmt.Stringer = Identity(2)
	fmt.Printf("%T\n%v\n", s, s)
}
