package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	var ri, ci int
	found := false
outer:
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				ri, ci, found = i, j, true
				break outer
			}
		}
	}
	return ri, ci, found
}

func primes(n int) []int {
	var ps []int
next:
	for i := 2; len(ps) < n; i++ {
		for _, p := range ps {
			if i%p == 0 {
				continue next
			}
		}
		ps = append(ps, i)
	}
	return ps
}

func countdown(n int) {
loop:
	if n > 0 {
		fmt.Print(n, " ")
		n--
		goto loop
	}
	fmt.Println("liftoff")
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(findPair(grid, 6))
	fmt.Println(findPair(grid, 10))
	fmt.Println(primes(10))
	countdown(5)

	i := 0
sw:
	switch {
	case i == 0:
		for {
			i++
			if i > 3 {
				break sw
			}
		}
	}
	fmt.Println("i =", i)

	ch := make(chan int, 5)
	for k := range 5 {
		ch <- k
	}
	close(ch)
sel:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break sel
			}
			if v == 3 {
				continue sel
			}
			fmt.Print(v, ";")
		}
	}
	fmt.Println()

	n := 0
retry:
	n++
	if n < 3 {
		fmt.Println("attempt", n)
		goto retry
	}
	fmt.Println("done after", n)
}
