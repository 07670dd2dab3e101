// Exercises: labeled break and continue across nested loops and select/switch, goto for retry, switch with fallthrough and case lists
package main

import "fmt"

func findPair(xs []int, target int) (int, int) {
	i, j := -1, -1
outer:
	for a := range xs {
		for b := a + 1; b < len(xs); b++ {
			switch {
			case xs[a]+xs[b] == target:
				i, j = a, b
				break outer
			case xs[a]+xs[b] > 100:
				continue outer
			}
		}
	}
	return i, j
}

func perms(role string) []string {
	var p []string
	switch role {
	case "owner":
		p = append(p, "transfer")
		fallthrough
	case "admin", "root":
		p = append(p, "delete")
		fallthrough
	case "editor":
		p = append(p, "write")
	default:
		p = append(p, "read")
	}
	return p
}

func main() {
	fmt.Println(findPair([]int{1, 99, 5, 8, 13}, 18))
	fmt.Println(perms("owner"), perms("root"), perms("editor"), perms("guest"))
	tries := 0
retry:
	tries++
	if tries < 3 {
		goto retry
	}
	fmt.Println("tries:", tries)
	ch := make(chan int, 5)
	for _, v := range []int{0, 1, 2, 4} {
		ch <- v
	}
	close(ch)
	sum := 0
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			if v == 2 {
				continue loop
			}
			sum += v
		}
	}
	fmt.Println("sum:", sum)
}
