// Exercises: three-clause loops with an init statement and no condition or no post statement, where the body
// changes the loop's variable (a walk along a map until a node repeats, a counter).
package main

import "fmt"

func main() {
	for n := 0; ; {
		if n >= 3 {
			break
		}
		fmt.Println(n)
		n++
		if n > 10 {
			break
		}
	}
	for n := 0; n < 100; {
		n += 40
		fmt.Println("c", n)
	}
	for n := 0; ; n++ {
		if n == 2 {
			break
		}
		fmt.Println("p", n)
	}
}
