// Exercises: GCD (Euclid, binary), LCM over a slice, prime decomposition, multiple return values
package main

import "fmt"

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func binaryGCD(u, v uint) uint {
	if u == 0 {
		return v
	}
	if v == 0 {
		return u
	}
	shift := 0
	for ; (u|v)&1 == 0; shift++ {
		u, v = u>>1, v>>1
	}
	for u&1 == 0 {
		u >>= 1
	}
	for v != 0 {
		for v&1 == 0 {
			v >>= 1
		}
		if u > v {
			u, v = v, u
		}
		v -= u
	}
	return u << shift
}

func lcm(xs ...int) int {
	l := 1
	for _, x := range xs {
		l = l / gcd(l, x) * x
	}
	return l
}

func factor(n int) (fs []int, prime bool) {
	orig := n
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			fs = append(fs, p)
			n /= p
		}
	}
	if n > 1 {
		fs = append(fs, n)
	}
	return fs, len(fs) == 1 && fs[0] == orig
}

func main() {
	fmt.Println(gcd(1071, 462), gcd(-48, 18), binaryGCD(1071, 462), binaryGCD(0, 9))
	fmt.Println(lcm(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), lcm(12, 18))
	for _, n := range []int{2, 12, 97, 360, 1001, 65536, 999999} {
		fs, p := factor(n)
		fmt.Printf("%d = %v prime=%v\n", n, fs, p)
	}
}
