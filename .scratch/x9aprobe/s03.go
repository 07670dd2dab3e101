// Exercises: a local variable in main with the name of a package-level function it calls
package main

import "fmt"

func area(r float64) float64 { return 3 * r * r }

func report() string { return fmt.Sprint("report uses area: ", area(1)) }

func main() {
	area := area(2)
	fmt.Println(area)
	fmt.Println(report())
}
