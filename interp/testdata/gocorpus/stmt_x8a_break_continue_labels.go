// Exercises: break inside switch inside for breaks only the switch; labelled break and continue on outer loops
package main

import "fmt"

func main() {
	var out []int
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			break
		default:
			out = append(out, i)
		}
	}
	fmt.Println("break in switch does not stop loop:", out)

	out = nil
loop:
	for i := 0; i < 5; i++ {
		switch {
		case i == 3:
			break loop
		}
		out = append(out, i)
	}
	fmt.Println("labelled break:", out)

	var pairs []string
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j > i {
				continue outer
			}
			pairs = append(pairs, fmt.Sprint(i, j))
		}
	}
	fmt.Println("labelled continue:", pairs)

	found := -1
search:
	for _, row := range [][]int{{1, 2}, {3, 4}, {5, 6}} {
		for _, v := range row {
			if v == 4 {
				found = v
				break search
			}
		}
	}
	fmt.Println("break out of nested range:", found)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	n := 0
	for {
		select {
		case _, ok := <-ch:
			if !ok {
				goto done
			}
			n++
			continue
		}
	}
done:
	fmt.Println("goto out of select loop:", n)
}
