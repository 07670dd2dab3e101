// x8b: Go prints 2; notebook style: CFG post-order panic (local named like the pre-imported package mat, inside a conversion).
package main

import "fmt"

func main() {
	mat := []int{1, 2}
	fmt.Println(float64(mat[1]))
}
