package main

import (
	"fmt"
	"strings"
)

type trace struct {
	log []string
}

func (t *trace) enter(name string) func() {
	t.log = append(t.log, "enter "+name)
	return func() { t.log = append(t.log, "leave "+name) }
}

func deferArgs() (out []int) {
	for i := 0; i < 3; i++ {
		defer func(n int) { out = append(out, n) }(i)
	}
	return nil
}

func deferValue() int {
	x := 1
	defer fmt.Println("deferred saw x =", x)
	x = 2
	fmt.Println("x is now", x)
	return x
}

func namedResult() (r int) {
	defer func() { r *= 3 }()
	defer func() { r += 4 }()
	return 1
}

func makeAcc() (func(int) int, func() int) {
	sum := 0
	add := func(n int) int {
		sum += n
		return sum
	}
	get := func() int { return sum }
	return add, get
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	t := &trace{}
	func() {
		defer t.enter("outer")()
		func() {
			defer t.enter("inner")()
			t.log = append(t.log, "work")
		}()
	}()
	fmt.Println(strings.Join(t.log, " | "))

	fmt.Println(deferArgs())
	fmt.Println(deferValue())
	fmt.Println(namedResult())

	add, get := makeAcc()
	add(5)
	add(7)
	fmt.Println(get(), add(1))

	f := fib()
	for range 10 {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	for i := range 3 {
		defer func() { fmt.Println("loop defer", i) }()
	}
	fmt.Println("end of main")
}
