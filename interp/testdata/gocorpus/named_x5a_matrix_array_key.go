// Exercises: type Mat [2][2]uint64 with Mul, == on arrays, Mat as map key for cycle detection of matrix powers mod m, fast exponentiation.
package main

import "fmt"

type Mat [2][2]uint64

const mod = 1000

func (a Mat) Mul(b Mat) Mat {
	var c Mat
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				c[i][j] = (c[i][j] + a[i][k]*b[k][j]) % mod
			}
		}
	}
	return c
}

func (a Mat) Pow(n int) Mat {
	result := Mat{{1, 0}, {0, 1}}
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			result = result.Mul(a)
		}
		a = a.Mul(a)
	}
	return result
}

func main() {
	fib := Mat{{1, 1}, {1, 0}}
	fmt.Println(fib.Pow(10), fib.Pow(10)[0][1], fib.Pow(90)[0][1])
	seen := map[Mat]int{}
	cur := fib
	for i := 1; ; i++ {
		if first, ok := seen[cur]; ok {
			fmt.Println("period", i-first, "starting at", first)
			break
		}
		seen[cur] = i
		cur = cur.Mul(fib)
	}
	identity := Mat{{1, 0}, {0, 1}}
	fmt.Println(fib.Pow(0) == identity, fib.Pow(1500) == identity, fib != identity)
	copyOf := fib
	copyOf[0][0] = 9
	fmt.Println(fib, copyOf, len(seen))
	fmt.Printf("%v %T\n", identity[1], identity)
}
