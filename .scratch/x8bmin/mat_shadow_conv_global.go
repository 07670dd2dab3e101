// x8b: Go prints 2; both styles: CFG post-order panic (variable named like the pre-imported package mat, inside a conversion).
package main

import "fmt"

var mat = []int{1, 2}

func main() {
	i := 1
	fmt.Println(float64(mat[i]))
}
