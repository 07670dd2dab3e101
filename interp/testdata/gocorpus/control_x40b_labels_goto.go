package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func gcd(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}

outer:
	for i, row := range grid {
		for j, v := range row {
			if v%2 == 0 {
				continue outer
			}
			if v > 6 {
				break outer
			}
			fmt.Printf("(%d,%d)=%d ", i, j, v)
		}
	}
	fmt.Println()

	fmt.Println(findPair(grid, 6))
	fmt.Println(gcd(48, 18), gcd(17, 5))

	// break inside switch inside for only breaks the switch
	n := 0
	for i := 0; i < 5; i++ {
		switch {
		case i == 2:
			break
		default:
			n += i
		}
	}
	fmt.Println("n", n)

	// labelled break out of switch in loop
	m := 0
Loop:
	for i := 0; ; i++ {
		switch {
		case i > 3:
			break Loop
		case i%2 == 0:
			continue
		}
		m += i
	}
	fmt.Println("m", m)

	// break out of select in a loop
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	total := 0
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			total += v
		}
	}
	fmt.Println("total", total)

	// goto forward skipping code
	i := 0
retry:
	i++
	if i < 3 {
		fmt.Println("attempt", i)
		goto retry
	}
	goto done
done:
	fmt.Println("done after", i)

	// primes with labelled continue
	var primes []int
next:
	for c := 2; c < 30; c++ {
		for _, p := range primes {
			if c%p == 0 {
				continue next
			}
		}
		primes = append(primes, c)
	}
	fmt.Println(primes)
}
