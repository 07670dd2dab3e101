// Exercises: recursion through a function variable declared before assignment; mutual recursion; memoised closure
package main

import "fmt"

func main() {
	var power func(base, exp int) int
	power = func(base, exp int) int {
		if exp == 0 {
			return 1
		}
		half := power(base, exp/2)
		if exp%2 == 1 {
			return half * half * base
		}
		return half * half
	}
	fmt.Println("fast power via var:", power(3, 13), power(2, 0))
	var isEven, isOdd func(int) bool
	isEven = func(n int) bool { return n == 0 || isOdd(n-1) }
	isOdd = func(n int) bool { return n != 0 && isEven(n-1) }
	fmt.Println("mutual recursion:", isEven(10), isOdd(7), isEven(3))
	paths := map[[2]int]int{}
	var grid func(r, c int) int
	grid = func(r, c int) int {
		if r == 0 || c == 0 {
			return 1
		}
		key := [2]int{r, c}
		if n, seen := paths[key]; seen {
			return n
		}
		paths[key] = grid(r-1, c) + grid(r, c-1)
		return paths[key]
	}
	fmt.Println("lattice paths 16x16 via memo closure:", grid(16, 16), "cells cached:", len(paths))
	old := power
	power = func(int, int) int { return -1 }
	fmt.Println("rebinding the variable changes the inner call:", old(2, 4))
}
