// Exercises: perfect, abundant, deficient classification and amicable pairs with a divisor-sum sieve
package main

import "fmt"

type class int

const (
	deficient class = iota
	perfect
	abundant
)

func (c class) String() string {
	return [...]string{"deficient", "perfect", "abundant"}[c]
}

func main() {
	const N = 20000
	sum := make([]int, N+1)
	for i := 1; i <= N/2; i++ {
		for j := 2 * i; j <= N; j += i {
			sum[j] += i
		}
	}
	counts := map[class]int{}
	var perfects []int
	for n := 1; n <= N; n++ {
		var c class
		switch {
		case sum[n] < n:
			c = deficient
		case sum[n] == n:
			c = perfect
			perfects = append(perfects, n)
		default:
			c = abundant
		}
		counts[c]++
	}
	fmt.Println(counts)
	fmt.Println("perfect:", perfects)
	for a := 2; a <= N; a++ {
		if b := sum[a]; b > a && b <= N && sum[b] == a {
			fmt.Printf("amicable %d %d\n", a, b)
		}
	}
	fmt.Printf("%v %d %T\n", abundant, abundant, abundant)
}
