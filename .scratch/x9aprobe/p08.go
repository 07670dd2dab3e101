// Exercises: closures capturing named results modified by defer, and recover returning values
package main

import "fmt"

func safeDiv(a, b int) (q int, ok bool) {
	defer func() {
		if recover() != nil {
			q, ok = -1, false
		}
	}()
	q, ok = a/b, true
	return
}

func triple() (n int) {
	defer func() { n *= 3 }()
	return 7
}

func counter() (get func() int, n int) {
	get = func() int { n++; return n }
	n = 10
	return get, n
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(triple())
	g, n := counter()
	fmt.Println(n, g(), g())
}
