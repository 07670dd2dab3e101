// Exercises: Fibonacci by 2x2 matrix exponentiation with arrays returned by value, overflow check
package main

import "fmt"

type M [2][2]int64

func mul(a, b M) (c M) {
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return
}

func pow(m M, n int) M {
	r := M{{1, 0}, {0, 1}}
	for n > 0 {
		if n&1 == 1 {
			r = mul(r, m)
		}
		m = mul(m, m)
		n >>= 1
	}
	return r
}

func main() {
	base := M{{1, 1}, {1, 0}}
	for _, n := range []int{1, 2, 10, 50, 90, 92} {
		fmt.Printf("F(%d) = %d\n", n, pow(base, n)[0][1])
	}
	fmt.Println(base, pow(base, 93)[0][1] < 0)
}
