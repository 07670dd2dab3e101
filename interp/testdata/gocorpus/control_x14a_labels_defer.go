package main

import (
	"errors"
	"fmt"
)

func findPair(grid [][]int, target int) (r1, c1, r2, c2 int, ok bool) {
outer:
	for i, row := range grid {
		for j, v := range row {
			if v > target {
				continue outer
			}
			for k := j + 1; k < len(row); k++ {
				if v+row[k] == target {
					r1, c1, r2, c2, ok = i, j, i, k, true
					break outer
				}
			}
		}
	}
	return
}

func trace(name string, log *[]string) func() {
	*log = append(*log, "enter "+name)
	return func() { *log = append(*log, "exit "+name) }
}

func work(log *[]string, fail bool) (result string, err error) {
	defer trace("work", log)()
	defer func() {
		if err != nil {
			result = "partial"
			err = fmt.Errorf("work: %w", err)
		}
	}()
	for i := 0; i < 3; i++ {
		defer func() { *log = append(*log, fmt.Sprint("deferred ", i)) }()
	}
	if fail {
		return "none", errors.New("failed")
	}
	return "complete", nil
}

func collatz(n int) (steps int) {
loop:
	if n == 1 {
		return
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto loop
}

func main() {
	grid := [][]int{{9, 1, 2}, {3, 4, 5, 1}, {2, 7, 1}}
	fmt.Println(findPair(grid, 6))
	fmt.Println(findPair(grid, 100))
	for _, fail := range []bool{false, true} {
		var log []string
		r, err := work(&log, fail)
		fmt.Println(r, err, log)
	}
	best, arg := 0, 0
	for n := 1; n < 1000; n++ {
		if s := collatz(n); s > best {
			best, arg = s, n
		}
	}
	fmt.Println("collatz", arg, best)
	x := 0
	switch {
	case x == 0:
		x++
		fallthrough
	case x == 100:
		x += 10
	case x == 1:
		x += 1000
	default:
		x = -1
	}
	fmt.Println(x)
}
