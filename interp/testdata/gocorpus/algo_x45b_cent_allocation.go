package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// Allocate splits total cents by weights using the largest remainder method,
// so the parts always sum to the total.
func Allocate(total int64, weights []int64) []int64 {
	var sum int64
	for _, w := range weights {
		sum += w
	}
	parts := make([]int64, len(weights))
	type rem struct {
		i int
		r int64
	}
	rems := make([]rem, len(weights))
	var given int64
	for i, w := range weights {
		parts[i] = total * w / sum
		rems[i] = rem{i, total * w % sum}
		given += parts[i]
	}
	sort.SliceStable(rems, func(a, b int) bool { return rems[a].r > rems[b].r })
	for k := 0; given < total; k++ {
		parts[rems[k%len(rems)].i]++
		given++
	}
	return parts
}

func roundHalfEven(x float64) int64 { return int64(math.RoundToEven(x)) }

func roundHalfUp(x float64) int64 { return int64(math.Floor(x + 0.5)) }

func main() {
	fmt.Println(Allocate(10000, []int64{1, 1, 1}))
	fmt.Println(Allocate(100, []int64{70, 20, 10}))
	fmt.Println(Allocate(99999, []int64{3, 7, 11, 13}))
	shares := map[string]int64{"alice": 5000, "bob": 3000, "carol": 1999, "dave": 1}
	names := []string{"alice", "bob", "carol", "dave"}
	w := make([]int64, len(names))
	for i, n := range names {
		w[i] = shares[n]
	}
	dividend := int64(123456)
	parts := Allocate(dividend, w)
	var check int64
	for i, n := range names {
		fmt.Printf("%-6s %6d shares  %8d cents\n", n, shares[n], parts[i])
		check += parts[i]
	}
	fmt.Println("sum ok:", check == dividend)
	fmt.Println(strings.Repeat("-", 30))
	fmt.Printf("%6s %8s %8s %8s\n", "x", "halfUp", "even", "trunc")
	for _, x := range []float64{0.5, 1.5, 2.5, 2.4999, -0.5, -1.5, 12.345 * 100} {
		fmt.Printf("%6.2f %8d %8d %8d\n", x, roundHalfUp(x), roundHalfEven(x), int64(x))
	}
	fmt.Println(0.1+0.2, 1.005*100, math.Round(1.005*100), int64(19.99*100))
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), 1e21, 1e20, 123456789.0, 1.0)
}
