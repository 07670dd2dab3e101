// Exercises: happy numbers with cycle detection (Floyd) and a set map[int]struct{}, goto for the retry
package main

import "fmt"

func next(n int) int {
	s := 0
	for ; n > 0; n /= 10 {
		d := n % 10
		s += d * d
	}
	return s
}

func happyFloyd(n int) bool {
	slow, fast := n, next(n)
	for fast != 1 && slow != fast {
		slow = next(slow)
		fast = next(next(fast))
	}
	return fast == 1
}

func happySet(n int) bool {
	seen := map[int]struct{}{}
loop:
	if n == 1 {
		return true
	}
	if _, ok := seen[n]; ok {
		return false
	}
	seen[n] = struct{}{}
	n = next(n)
	goto loop
}

func main() {
	var found []int
	for i := 1; len(found) < 8; i++ {
		if happyFloyd(i) {
			found = append(found, i)
		}
	}
	fmt.Println(found)
	agree := true
	for i := 1; i < 500; i++ {
		agree = agree && happyFloyd(i) == happySet(i)
	}
	fmt.Println("agree:", agree)
}
