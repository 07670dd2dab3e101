package main

import "fmt"

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// extendedEuclid returns d, x, y with d = gcd(a,b) = ax + by, tracing each level.
func extendedEuclid(a, b, depth int) (d, x, y int) {
	if b == 0 {
		fmt.Printf("%*s(%d, %d) -> d=%d x=1 y=0\n", depth*2, "", a, b, a)
		return a, 1, 0
	}
	d1, x1, y1 := extendedEuclid(b, a%b, depth+1)
	d, x, y = d1, y1, x1-(a/b)*y1
	fmt.Printf("%*s(%d, %d) -> d=%d x=%d y=%d\n", depth*2, "", a, b, d, x, y)
	return
}

func modExp(a, b, n uint64) uint64 {
	result := uint64(1)
	a %= n
	steps := []string{}
	for b > 0 {
		if b&1 == 1 {
			result = result * a % n
			steps = append(steps, "1")
		} else {
			steps = append(steps, "0")
		}
		a = a * a % n
		b >>= 1
	}
	fmt.Println("  bits (lsb first):", steps)
	return result
}

func modInverse(a, n int) (int, error) {
	d, x, _ := extendedEuclid(a, n, 0)
	if d != 1 {
		return 0, fmt.Errorf("%d has no inverse mod %d (gcd=%d)", a, n, d)
	}
	return ((x % n) + n) % n, nil
}

func main() {
	fmt.Println("gcd(30,21) =", gcd(30, 21), "gcd(0,5) =", gcd(0, 5))
	extendedEuclid(99, 78, 0)
	fmt.Println("7^560 mod 561 =", modExp(7, 560, 561))
	fmt.Println("2^100 mod 13 =", modExp(2, 100, 13))
	for _, p := range [][2]int{{3, 11}, {6, 9}} {
		inv, err := modInverse(p[0], p[1])
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("inverse of %d mod %d = %d\n", p[0], p[1], inv)
	}
}
