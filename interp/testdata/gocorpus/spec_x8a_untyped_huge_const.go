// Exercises: untyped constants - arbitrary precision, huge values used in float context, exact division
package main

import "fmt"

const Huge = 1 << 100
const Big = Huge >> 98
const Third = 1.0 / 3
const IntDiv = 7 / 2
const FloatDiv = 7 / 2.0

func main() {
	fmt.Println("huge shifted back:", Big)
	fmt.Println("huge as float64:", float64(Huge))
	fmt.Println("huge over 2^90:", Huge/(1<<90))
	var f float32 = Third
	var g float64 = Third
	fmt.Println("third float32:", f, "float64:", g)
	fmt.Println("int division of untyped ints:", IntDiv)
	fmt.Println("float division:", FloatDiv)
	const c = 'a' + 1
	fmt.Printf("rune constant plus one: %v %c %T\n", c, c, c)
	var h float64 = Huge * 2
	fmt.Println("double huge:", h)
}
