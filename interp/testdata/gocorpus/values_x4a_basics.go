// Exercises: basic values: strings, integers, floats, booleans, and their operators.
package main

import "fmt"

func main() {
	fmt.Println("go" + "lang")
	fmt.Println("1+1 =", 1+1)
	fmt.Println("7.0/3.0 =", 7.0/3.0)
	fmt.Println(7/3, 7%3, -7/3, -7%3)
	fmt.Println(true && false)
	fmt.Println(true || false)
	fmt.Println(!true)
	var f float32 = 0.1
	fmt.Println(f, float64(f))
	fmt.Printf("%.3f %v %q\n", 2.0/3, 1e21, "hi")
	fmt.Println(len("héllo"), "héllo"[1])
}
