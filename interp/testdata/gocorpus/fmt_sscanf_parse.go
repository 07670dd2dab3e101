// Exercises: fmt.Sscanf and fmt.Sscan parsing values into variables of user types.
package main

import "fmt"

type Celsius float64

func main() {
	var name string
	var age int
	n, err := fmt.Sscanf("alice 30", "%s %d", &name, &age)
	fmt.Println(n, err, name, age)
	var t Celsius
	var unit string
	fmt.Sscanf("21.5C", "%f%s", &t, &unit)
	fmt.Println(t, unit)
	var a, b, c int
	n, err = fmt.Sscan("1 2 x", &a, &b, &c)
	fmt.Println(n, err != nil, a, b, c)
}
