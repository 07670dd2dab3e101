// Exercises: modular exponentiation with int64 and MOD 1_000_000_007, Fermat inverse, factorial tables, nCr mod p
package main

import "fmt"

const MOD = 1_000_000_007

func power(b, e int64) int64 {
	b %= MOD
	res := int64(1)
	for e > 0 {
		if e&1 == 1 {
			res = res * b % MOD
		}
		b = b * b % MOD
		e >>= 1
	}
	return res
}

var fact, inv []int64

func nCr(n, r int) int64 {
	if r < 0 || r > n {
		return 0
	}
	return fact[n] * inv[r] % MOD * inv[n-r] % MOD
}

func main() {
	const maxN = 1000
	fact = make([]int64, maxN+1)
	inv = make([]int64, maxN+1)
	fact[0] = 1
	for i := 1; i <= maxN; i++ {
		fact[i] = fact[i-1] * int64(i) % MOD
	}
	inv[maxN] = power(fact[maxN], MOD-2)
	for i := maxN; i > 0; i-- {
		inv[i-1] = inv[i] * int64(i) % MOD
	}
	fmt.Println(power(2, 10), power(3, 1_000_000_006), power(10, 18))
	fmt.Println(nCr(10, 3), nCr(1000, 500), nCr(5, 7))
	x := int64(-7)
	fmt.Println(x%MOD, (x%MOD+MOD)%MOD)
	var u uint32 = 1 << 31
	fmt.Println(uint64(u)*4%MOD, int32(u>>1))
}
