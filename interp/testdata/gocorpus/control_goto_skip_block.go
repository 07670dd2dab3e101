// Exercises: goto jumping forward over statements inside a helper, with loop emulation.
package main

import "fmt"

func sumTo(n int) int {
	i, s := 1, 0
loop:
	if i > n {
		goto end
	}
	s += i
	i++
	goto loop
end:
	return s
}

func classify(n int) string {
	if n < 0 {
		goto negative
	}
	if n == 0 {
		return "zero"
	}
	return "positive"
negative:
	return "negative"
}

func main() {
	fmt.Println(sumTo(10), sumTo(0))
	fmt.Println(classify(-4), classify(0), classify(9))
}
