// Exercises: defer: LIFO order, arguments evaluated at the defer statement, defer in loops, deferred closures modifying named results.
package main

import "fmt"

func countdown() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("counting: ")
}

func args() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	fmt.Println("x =", x)
}

func triple(n int) (result int) {
	defer func() { result *= 3 }()
	return n + 1
}

type resource struct{ name string }

func (r *resource) Close() { fmt.Println("close", r.name) }

func useAll(names []string) {
	for _, n := range names {
		r := &resource{n}
		defer r.Close()
	}
	fmt.Println("using", len(names))
}

func main() {
	countdown()
	fmt.Println()
	args()
	fmt.Println(triple(4))
	useAll([]string{"a", "b", "c"})
	for i := range 3 {
		defer func() { fmt.Println("main defer", i) }()
	}
	fmt.Println("end of main")
}
