// Exercises: closures capturing state, independent counter instances, two closures sharing one captured variable, a closure-based generator, closures modifying captured variables.
package main

import "fmt"

func intSeq() func() int {
	i := 0
	return func() int {
		i++
		return i
	}
}

// account returns two closures over the same balance.
func account(start int) (deposit func(int), balance func() int) {
	bal := start
	deposit = func(n int) { bal += n }
	balance = func() int { return bal }
	return
}

// squares yields 1, 4, 9, ... one per call.
func squares() func() int {
	n := 0
	return func() int { n++; return n * n }
}

func main() {
	nextInt := intSeq()
	fmt.Println(nextInt())
	fmt.Println(nextInt())
	fmt.Println(nextInt())
	newInts := intSeq()
	fmt.Println(newInts())
	dep, bal := account(100)
	dep(20)
	dep(-5)
	fmt.Println("balance:", bal())
	dep2, bal2 := account(0)
	dep2(1)
	fmt.Println(bal(), bal2())
	sq := squares()
	for range 5 {
		fmt.Print(sq(), " ")
	}
	fmt.Println()
	x := 10
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
}
