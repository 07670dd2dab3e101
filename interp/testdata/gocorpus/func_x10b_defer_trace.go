// Exercises: a deferred trace function that prints enter/exit, defer order, defer modifying named results, deferred method values, defer arguments evaluated early
package main

import "fmt"

var depth int

func trace(msg string) func() {
	depth++
	fmt.Printf("%*senter %s\n", depth*2, "", msg)
	return func() {
		fmt.Printf("%*sexit %s\n", depth*2, "", msg)
		depth--
	}
}

func bigSlowOperation(n int) int {
	defer trace(fmt.Sprintf("bigSlowOperation(%d)", n))()
	if n <= 1 {
		return 1
	}
	return n * bigSlowOperation(n-1)
}

func double(x int) (result int) {
	defer func() { fmt.Printf("double(%d) = %d\n", x, result) }()
	return x + x
}

func triple(x int) (result int) {
	defer func() { result += x }()
	return double(x)
}

type logger struct{ prefix string }

func (l logger) log(s string) { fmt.Println(l.prefix + s) }

func main() {
	fmt.Println(bigSlowOperation(3))
	fmt.Println(triple(4))
	l := logger{"A:"}
	defer l.log("deferred with old prefix")
	l.prefix = "B:"
	x := 1
	defer fmt.Println("x at defer:", x)
	x = 2
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Println("end of main", x)
}
