// Exercises: 2x2 matrix exponentiation mod 1e9+7 with array types as values, type definition over [2][2]int64, method on array type, Fibonacci of huge n
package main

import "fmt"

const MOD int64 = 1_000_000_007

type Mat [2][2]int64

func (a Mat) Mul(b Mat) Mat {
	var c Mat
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				c[i][j] = (c[i][j] + a[i][k]*b[k][j]) % MOD
			}
		}
	}
	return c
}

func pow(m Mat, e uint64) Mat {
	r := Mat{{1, 0}, {0, 1}}
	for e > 0 {
		if e&1 == 1 {
			r = r.Mul(m)
		}
		m = m.Mul(m)
		e >>= 1
	}
	return r
}

func fib(n uint64) int64 {
	return pow(Mat{{1, 1}, {1, 0}}, n)[0][1]
}

func main() {
	for _, n := range []uint64{0, 1, 2, 10, 50, 90, 1000, 1e18} {
		fmt.Printf("F(%d) mod p = %d\n", n, fib(n))
	}
	m := Mat{{2, 3}, {5, 7}}
	p := m
	p[0][0] = 9
	fmt.Println(m, p, m.Mul(p) == p.Mul(m))
}
