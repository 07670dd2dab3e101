package main

import (
	"fmt"
	"math"
	"strings"
)

// Door states after 100 passes.
type Door bool

func (d Door) String() string {
	if d {
		return "open"
	}
	return "closed"
}

func simulate(n int) []Door {
	doors := make([]Door, n+1)
	for pass := 1; pass <= n; pass++ {
		for i := pass; i <= n; i += pass {
			doors[i] = !doors[i]
		}
	}
	return doors
}

func optimized(n int) []int {
	var open []int
	for i := 1; i*i <= n; i++ {
		open = append(open, i*i)
	}
	return open
}

func main() {
	doors := simulate(100)
	var open []int
	for i, d := range doors {
		if i == 0 {
			continue
		}
		if d {
			open = append(open, i)
		}
	}
	fmt.Println("Open doors (simulated):", open)
	fmt.Println("Open doors (optimized):", optimized(100))

	for _, i := range []int{1, 2, 49, 50, 64, 99, 100} {
		fmt.Printf("door %3d is %v\n", i, doors[i])
	}

	// check with float square root
	count := 0
	for i := 1; i <= 100; i++ {
		r := math.Sqrt(float64(i))
		if r == math.Floor(r) {
			count++
		}
	}
	fmt.Println("perfect squares:", count)

	var sb strings.Builder
	for i := 1; i <= 100; i++ {
		if doors[i] {
			sb.WriteByte('O')
		} else {
			sb.WriteByte('.')
		}
		if i%20 == 0 {
			sb.WriteByte('\n')
		}
	}
	fmt.Print(sb.String())
	fmt.Printf("%v %T\n", doors[4], doors[4])
}
