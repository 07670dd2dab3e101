// Exercises: goto - forward jumps over statements, backward jump forming a loop, label scope
package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		goto negative
	}
	if n == 0 {
		goto zero
	}
	return "positive"
negative:
	return "negative"
zero:
	return "zero"
}

func main() {
	fmt.Println(classify(-3), classify(0), classify(4))
	i := 0
	sum := 0
again:
	if i < 5 {
		sum += i
		i++
		goto again
	}
	fmt.Println("backward goto loop sum:", sum, "i:", i)
	n := 0
	for {
		n++
		if n == 3 {
			goto out
		}
	}
out:
	fmt.Println("left infinite loop at:", n)
}
