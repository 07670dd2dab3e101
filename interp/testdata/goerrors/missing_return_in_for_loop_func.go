// Compile error: loop with a condition may terminate, so the function needs a final return.
// Expected: missing return
package main

import "fmt"

func firstEven(xs []int) int {
	for i := 0; i < len(xs); i++ {
		if xs[i]%2 == 0 {
			return xs[i]
		}
	}
}

func main() {
	fmt.Println(firstEven([]int{1, 4}))
}
