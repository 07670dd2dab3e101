package main

import (
	"fmt"
	"math"
	"math/big"
)

func fibRecursive(n int) int {
	if n < 2 {
		return n
	}
	return fibRecursive(n-1) + fibRecursive(n-2)
}

func fibMemo() func(int) int {
	memo := map[int]int{0: 0, 1: 1}
	var f func(int) int
	f = func(n int) int {
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = f(n-1) + f(n-2)
		return memo[n]
	}
	return f
}

func fibGen() func() uint64 {
	a, b := uint64(0), uint64(1)
	return func() uint64 {
		r := a
		a, b = b, a+b
		return r
	}
}

func fibBig(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func fibBinet(n int) float64 {
	phi := (1 + math.Sqrt(5)) / 2
	return math.Round(math.Pow(phi, float64(n)) / math.Sqrt(5))
}

// matrix exponentiation
type mat [2][2]uint64

func mul(a, b mat) mat {
	var c mat
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func fibMatrix(n int) uint64 {
	result := mat{{1, 0}, {0, 1}}
	m := mat{{1, 1}, {1, 0}}
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			result = mul(result, m)
		}
		m = mul(m, m)
	}
	return result[0][1]
}

func main() {
	memo := fibMemo()
	gen := fibGen()
	for i := 0; i <= 15; i++ {
		fmt.Printf("%d ", gen())
	}
	fmt.Println()
	fmt.Println(fibRecursive(20), memo(20), fibMatrix(20), fibBinet(20), fibBig(20))
	fmt.Println(memo(90), fibMatrix(90), fibBig(90).String())
	f300 := fibBig(300)
	fmt.Println("F(300) =", f300)
	fmt.Println("digits:", len(f300.String()), "bits:", f300.BitLen())
	fmt.Printf("%.6e\n", fibBinet(70))
	r := new(big.Rat).SetFrac(fibBig(51), fibBig(50))
	fmt.Println("ratio F51/F50:", r.FloatString(12))
	fmt.Printf("%T %v\n", gen, fibMatrix(93) > fibMatrix(92))
	q, m := new(big.Int).DivMod(fibBig(200), big.NewInt(1_000_000_007), new(big.Int))
	fmt.Println(q.Sign(), m)
}
