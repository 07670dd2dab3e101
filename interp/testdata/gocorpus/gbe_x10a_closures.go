// Exercises: closures - a generator capturing state, independent instances, shared captured variables, closures over loop variables
package main

import (
	"fmt"
	"strings"
)

func idMaker(prefix string) func() string {
	next := 0
	return func() string {
		next++
		return fmt.Sprintf("%s-%03d", prefix, next)
	}
}

func bank() (deposit func(int), balance func() int) {
	total := 0
	deposit = func(n int) { total += n }
	balance = func() int { return total }
	return
}

func runningMax() func(int) int {
	best, seen := 0, false
	return func(x int) int {
		if !seen || x > best {
			best, seen = x, true
		}
		return best
	}
}

func main() {
	userID := idMaker("user")
	orderID := idMaker("order")
	fmt.Println(userID(), userID(), orderID(), userID())

	dep, bal := bank()
	dep(40)
	dep(2)
	fmt.Println("balance:", bal())

	track := runningMax()
	for _, x := range []int{-3, 5, 2, 9, 1} {
		fmt.Print(track(x), " ")
	}
	fmt.Println()

	var greeters []func() string
	for _, name := range []string{"ana", "ben"} {
		greeters = append(greeters, func() string { return "hi " + name })
	}
	for i := 0; i < 2; i++ {
		greeters = append(greeters, func() string { return strings.Repeat("!", i+1) })
	}
	for _, g := range greeters {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	limit := 10
	under := func(x int) bool { return x < limit }
	limit = 3
	fmt.Println(under(5), func(a, b int) int { return a * b }(6, 7))
}
