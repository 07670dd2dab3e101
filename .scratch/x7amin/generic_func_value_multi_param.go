package main

import "fmt"

func Compose[A, B any](f func(A) B) func(A) B {
	return func(a A) B { return f(a) }
}

func main() {
	c := Compose[int, string]
	fmt.Println(c(func(n int) string { return fmt.Sprint("<", n, ">") })(4))
}
