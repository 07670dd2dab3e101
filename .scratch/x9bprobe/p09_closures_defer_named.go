package main

import "fmt"

func triple() (x int) {
	defer func() { x *= 3 }()
	x = 2
	return x + 1
}

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func main() {
	fmt.Println(triple())
	inc, reset := counter()
	inc()
	inc()
	reset()
	fmt.Println(inc())
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	x := 1
	defer fmt.Println("deferred x:", x)
	func() {
		defer func() { x++ }()
		x = 10
	}()
	fmt.Println("x:", x)
}
