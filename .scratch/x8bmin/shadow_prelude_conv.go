// x8b: Go prints "2 2"; both styles: CFG post-order panic (variable named math, like a pre-imported package, inside a conversion).
package main

import "fmt"

var math = []int{1, 2}

func main() {
	i := 1
	fmt.Println(float64(math[i]), len(math))
}
